package org.triangulate.model;

/** The entity classes of the CoNLL scheme, which the contract uses. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  LOCATION,
  MISC
}
