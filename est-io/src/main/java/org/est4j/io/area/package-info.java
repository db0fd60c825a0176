/**
 * Area hierarchies est-io loads: Sweden's counties and municipalities and SCB's RegSO and DeSO areas, shipped with
 * est-io ({@link org.est4j.io.area.SwedishAreas}, providers {@code se-municipalities} and {@code se-deso}), and
 * hierarchies a host keeps in a CSV file ({@link org.est4j.io.area.AreaCsv}, provider {@code csv}).
 */
package org.est4j.io.area;
