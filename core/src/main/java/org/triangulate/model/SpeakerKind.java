package org.triangulate.model;

/** What kind of source a speaker is: a named person, an organization, a group ("analysts"), or unknown. */
public enum SpeakerKind {
  PERSON,
  ORGANIZATION,
  GROUP,
  UNKNOWN
}
