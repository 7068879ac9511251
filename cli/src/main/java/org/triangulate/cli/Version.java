package org.triangulate.cli;

import picocli.CommandLine;

final class Version implements CommandLine.IVersionProvider {

  @Override
  public String[] getVersion() {
    String version = Main.class.getPackage().getImplementationVersion();
    return new String[] {"triangulate " + (version == null ? "(development build)" : version)};
  }
}
