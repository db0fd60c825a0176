/**
 * The command line for safety coordinators, built with picocli: {@link org.est4j.examples.cli.EstCli}. From a
 * checkout, {@code ./est <command> …} runs it for every command other than {@code demo} and {@code shell}.
 *
 * <table>
 *   <caption>Commands</caption>
 *   <tr><th>command</th><th>what it does</th></tr>
 *   <tr><td>{@code report}</td><td>reads observations ({@code --observations}, importer {@code csv} unless
 *       {@code --importer} says otherwise) and areas ({@code --areas} file or {@code --areas-provider} id), records
 *       them in an {@link org.est4j.core.cycle.EstCycle}, compiles the picture of {@code --period}, grades every area
 *       on {@code --scale}, and writes into {@code --out} a plain-text picture, the grades as est4j JSON, and each
 *       {@code --format} through the {@link org.est4j.core.spi.ExportFormatProvider} of that id — for one
 *       {@code --audience}, in one {@code --language}</td></tr>
 *   <tr><td>{@code validate}</td><td>reads the same inputs and prints every rejected row (line, column, field,
 *       reason, the row as read) and {@code N read, A accepted, R rejected (E excluded)}</td></tr>
 *   <tr><td>{@code plugins}</td><td>lists the installed plugins of every SPI kind with id, priority, description
 *       and class, and every provider that failed to load</td></tr>
 *   <tr><td>{@code demo-data}</td><td>writes the demo municipality as input files:
 *       {@code observations.csv}, {@code areas.csv}, {@code actors.json}, {@code reporters.json},
 *       {@code rounds.json}</td></tr>
 * </table>
 * Every command has {@code --help} and {@code --version}; {@code est help <command>} works too.
 *
 * <table>
 *   <caption>Exit codes</caption>
 *   <tr><th>code</th><th>meaning</th></tr>
 *   <tr><td>0</td><td>done</td></tr>
 *   <tr><td>1</td><td>input rejected: a row that is an error (for {@code report}, the outputs are still written
 *       without it unless {@code --strict}), an input file that breaks a rule, an unknown plugin or format id (the
 *       message lists the known ids), or a plugin that failed to load</td></tr>
 *   <tr><td>2</td><td>usage error: an unknown option, a missing or malformed value such as a period</td></tr>
 *   <tr><td>3</td><td>a file could not be read or written</td></tr>
 *   <tr><td>4</td><td>an unexpected failure, a bug; the stack trace goes to standard error</td></tr>
 * </table>
 *
 * <p>Standard output carries the result (a summary, the files written, the plugin list); standard error carries
 * rejected rows, notes and errors, so that {@code est validate … > summary.txt} keeps them apart. Output is UTF-8.
 *
 * <p>Decisions where the brief was silent are documented on {@code ReportCommand} (the audience and what it may
 * see, reporters missing from the register, rejected rows and the exit code, format settings) and on
 * {@link org.est4j.examples.cli.EstCli} (exit code 4 for bugs). The commands are package-private: the public
 * surface is {@link org.est4j.examples.cli.EstCli#commandLine(org.est4j.core.plugin.EstPlugins)}, the exit codes
 * and {@link org.est4j.examples.cli.EstCli#main(String[])}.
 */
package org.est4j.examples.cli;
