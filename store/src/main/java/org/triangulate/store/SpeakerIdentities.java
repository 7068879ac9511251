package org.triangulate.store;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rule that gives each quoted speaker one identity across the corpus. A name with an
 * organization is its own identity; the same name without one joins it when that is the only
 * organization the corpus gives the name, and otherwise stays apart, because it cannot be told
 * which of the namesakes spoke. "Patricia Kim" with no organization is "Patricia Kim" of the
 * Brookings Institute as long as no other Patricia Kim with another organization is quoted.
 *
 * <p>The same person quoted with two organizations (a new job, or "Brookings" beside "the
 * Brookings Institution") counts as two identities: telling those apart from namesakes needs more
 * than names.
 */
final class SpeakerIdentities {

  private final Map<String, Set<String>> organizationsByName = new HashMap<>();

  /** The identities among {@code keys}, the keys of every quote the answer covers. */
  SpeakerIdentities(Collection<SpeakerKey> keys) {
    for (SpeakerKey key : keys) {
      Set<String> organizations = organizationsByName.computeIfAbsent(key.name(), n -> new TreeSet<>());
      if (key.organization() != null) {
        organizations.add(key.organization());
      }
    }
  }

  /** The identity of {@code key}; null stays null. */
  SpeakerKey identity(SpeakerKey key) {
    if (key == null || key.organization() != null) {
      return key;
    }
    Set<String> organizations = organizationsByName.getOrDefault(key.name(), Set.of());
    return organizations.size() == 1 ? new SpeakerKey(key.name(), organizations.iterator().next()) : key;
  }
}
