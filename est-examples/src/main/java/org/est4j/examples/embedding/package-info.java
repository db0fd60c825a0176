/**
 * An example of embedding est4j in a host system: {@link org.est4j.examples.embedding.HousingCompany}, a housing
 * company's case system that keeps its own cases in its own storage, speaks its own words to its staff and has its
 * own Jackson {@code ObjectMapper}, and uses est4j for the picture, the grades and the disclosed feedback.
 */
package org.est4j.examples.embedding;
