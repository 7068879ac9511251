package org.triangulate.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.triangulate.lexicon.WordList;

/**
 * News outlets by name, alias and web domain, so that "RFA Korean", "Radio Free Asia" and
 * {@code rfa.org} all come out as one outlet. Loaded from {@code outlets.tsv}; immutable and safe
 * to share across threads.
 */
public final class OutletDirectory {

  /** What kind of outlet it is; wires' pictures and copy appear under everyone's name. */
  public enum Kind {
    WIRE,
    NEWSPAPER,
    MAGAZINE,
    BROADCASTER,
    DIGITAL
  }

  /** One outlet: its canonical name, kind, other names and domains. */
  public record Outlet(String name, Kind kind, List<String> aliases, List<String> domains) {

    public Outlet {
      aliases = List.copyOf(aliases);
      domains = List.copyOf(domains);
    }
  }

  private final List<Outlet> outlets;
  private final Map<String, Outlet> byName = new HashMap<>();
  private final Map<String, Outlet> byDomain = new HashMap<>();

  public OutletDirectory(List<Outlet> outlets) {
    this.outlets = List.copyOf(outlets);
    for (Outlet outlet : this.outlets) {
      byName.putIfAbsent(nameKey(outlet.name()), outlet);
      for (String alias : outlet.aliases()) {
        byName.putIfAbsent(nameKey(alias), outlet);
      }
      for (String domain : outlet.domains()) {
        byDomain.putIfAbsent(domain.toLowerCase(Locale.ROOT), outlet);
      }
    }
  }

  /** The directory shipped with Triangulate. */
  public static OutletDirectory standard() {
    return parse(WordList.load(OutletDirectory.class, "outlets.tsv"));
  }

  /** Reads rows of {@code canonical TAB kind TAB aliases TAB domains}, lists separated by "|". */
  static OutletDirectory parse(List<String> rows) {
    List<Outlet> outlets = new ArrayList<>();
    for (String row : rows) {
      String[] columns = row.split("\t", -1);
      if (columns.length != 4) {
        throw new IllegalArgumentException("outlet row needs 4 TAB-separated columns: " + row);
      }
      outlets.add(
          new Outlet(
              columns[0].strip(),
              Kind.valueOf(columns[1].strip().toUpperCase(Locale.ROOT)),
              split(columns[2]),
              split(columns[3])));
    }
    return new OutletDirectory(outlets);
  }

  private static List<String> split(String column) {
    List<String> values = new ArrayList<>();
    for (String value : column.split("\\|")) {
      if (!value.isBlank()) {
        values.add(value.strip());
      }
    }
    return values;
  }

  public List<Outlet> outlets() {
    return outlets;
  }

  /**
   * The outlet a name or alias stands for, in any case, with or without a leading "The" and
   * trailing punctuation: "RFA Korean", "the New York Times", "NEWSWEEK".
   */
  public Optional<Outlet> find(String nameOrAlias) {
    if (nameOrAlias == null) {
      return Optional.empty();
    }
    String key = nameKey(nameOrAlias);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    return Optional.ofNullable(byName.get(key));
  }

  /** The canonical name for a name or alias, as {@link #find}. */
  public Optional<String> canonical(String nameOrAlias) {
    return find(nameOrAlias).map(Outlet::name);
  }

  /**
   * The outlet serving a host, or any parent domain of it: {@code www.bbc.co.uk} and
   * {@code edition.cnn.com} resolve, {@code notcnn.com} does not. A URL is accepted too.
   */
  public Optional<String> byDomain(String host) {
    if (host == null) {
      return Optional.empty();
    }
    String h = host.strip().toLowerCase(Locale.ROOT);
    h = h.replaceFirst("^[a-z][a-z0-9+.-]*://", "").replaceFirst("[/:?#].*$", "");
    while (!h.isEmpty()) {
      Outlet outlet = byDomain.get(h);
      if (outlet != null) {
        return Optional.of(outlet.name());
      }
      int dot = h.indexOf('.');
      if (dot < 0) {
        break;
      }
      h = h.substring(dot + 1);
    }
    return Optional.empty();
  }

  /** Lower case, no leading "the", no surrounding punctuation or quotes, single spaces. */
  private static String nameKey(String name) {
    String key =
        name.toLowerCase(Locale.ROOT)
            .replaceAll("\\s+", " ")
            .replaceAll("^[\\p{Punct}\\s“”‘’]+|[\\p{Punct}\\s“”‘’]+$", "");
    return key.startsWith("the ") ? key.substring(4) : key;
  }
}
