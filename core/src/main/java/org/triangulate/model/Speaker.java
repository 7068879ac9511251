package org.triangulate.model;

import java.util.Objects;

/**
 * Who an attribution resolves to across the article: "she" after "Patricia Kim, a fellow at the
 * Brookings Institution" is name "Patricia Kim", role "fellow", organization "Brookings
 * Institution". Role and organization are null when the text does not give them.
 */
public record Speaker(String name, String role, String organization, SpeakerKind kind) {

  public Speaker {
    Objects.requireNonNull(kind, "kind");
  }

  public static Speaker unknown() {
    return new Speaker(null, null, null, SpeakerKind.UNKNOWN);
  }
}
