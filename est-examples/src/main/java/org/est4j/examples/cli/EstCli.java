package org.est4j.examples.cli;

import static java.util.Objects.requireNonNull;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Properties;
import org.est4j.core.EstException;
import org.est4j.core.Problem;
import org.est4j.core.ValidationException;
import org.est4j.core.ingest.ImportException;
import org.est4j.core.plugin.EstPlugins;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/**
 * The est4j command line for safety coordinators: {@code report}, {@code validate}, {@code plugins} and
 * {@code demo-data}, run from a checkout with {@code ./est <command> …}. See the
 * {@linkplain org.est4j.examples.cli package documentation} for the commands and the exit codes.
 *
 * <pre>{@code
 * ./est demo-data --out demo
 * ./est validate --observations demo/observations.csv --areas demo/areas.csv
 * ./est report --observations demo/observations.csv --areas demo/areas.csv --period 2025-W26 --out rapport
 * }</pre>
 *
 * <p>A host can run the commands in-process with {@link #commandLine(EstPlugins)}, giving its own plugin registry,
 * and read the exit code that {@link CommandLine#execute(String...)} returns.
 *
 * <p>Implementation requirements: this class is stateless and thread-safe; each {@link CommandLine} it returns is
 * mutable and meant for one thread.
 */
public final class EstCli {
    /** Exit code 0: the command did what was asked. */
    public static final int OK = 0;
    /**
     * Exit code 1: the input was rejected — a rejected row, a file that breaks a rule, an unknown plugin id or an
     * unknown format — or a plugin failed to load.
     */
    public static final int INPUT_REJECTED = 1;
    /** Exit code 2: the command line itself is wrong (an unknown option, a missing or malformed value). */
    public static final int USAGE = 2;
    /** Exit code 3: a file could not be read or written (missing, not allowed, disk full). */
    public static final int IO_ERROR = 3;
    /** Exit code 4: an unexpected failure inside est4j or a plugin; the stack trace goes to standard error. */
    public static final int INTERNAL_ERROR = 4;

    private EstCli() {}

    /**
     * Runs a command and exits the JVM with its exit code. Output is written in UTF-8.
     *
     * @param args the command and its options, such as {@code plugins} or {@code validate --observations x.csv …}
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = commandLine(EstPlugins.global()).setOut(out).setErr(err).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Returns the command line with every command, its error handling and exit codes, using a plugin registry.
     * Set its output and error writers with {@link CommandLine#setOut} and {@link CommandLine#setErr}.
     *
     * @param plugins the registry the commands look up importers, area hierarchies, scales and formats in, such
     *     as {@link EstPlugins#global()}
     * @return a new command line; {@link CommandLine#execute(String...)} returns one of the exit codes above
     */
    public static CommandLine commandLine(EstPlugins plugins) {
        requireNonNull(plugins, "plugins");
        CommandLine cli = new CommandLine(new Root(plugins));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler(EstCli::handle);
        cli.setParameterExceptionHandler(EstCli::usageError);
        cli.setExitCodeExceptionMapper(EstCli::exitCode);
        return cli;
    }

    /**
     * Prints a usage error in a few lines — what is wrong, a suggestion for a misspelt option or command, and where
     * the help is — rather than the whole help, and returns {@link #USAGE}.
     */
    private static int usageError(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(cmd.getCommandSpec().qualifiedName() + ": " + ex.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("Run '" + cmd.getCommandSpec().qualifiedName() + " --help' for the options"
                + (cmd.getParent() == null ? " and commands." : "."));
        err.flush();
        return USAGE;
    }

    /** Prints what went wrong as a user needs to see it, and returns the exit code. */
    private static int handle(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        String prefix = cmd.getCommandSpec().qualifiedName() + ": ";
        int code = exitCode(ex);
        if (ex instanceof ValidationException) {
            ValidationException v = (ValidationException) ex;
            int end = v.getMessage().indexOf("): ");
            // "Invalid Area (2 problems): a; b" becomes a heading and one problem a line.
            err.println(prefix + (end < 0 ? v.getMessage() : v.getMessage().substring(0, end + 1)) + ":");
            for (Problem p : v.problems()) {
                err.println("  " + p);
            }
        } else if (code == INTERNAL_ERROR) {
            err.println(prefix + "unexpected failure, a bug in est4j or in a plugin; please report it with this "
                    + "trace:");
            ex.printStackTrace(err);
        } else {
            err.println(prefix + message(ex));
        }
        err.flush();
        return code;
    }

    /** Returns the exit code of a failure. */
    static int exitCode(Throwable ex) {
        if (ex instanceof CommandFailure) {
            return ((CommandFailure) ex).exitCode();
        }
        if (ex instanceof CommandLine.ParameterException) {
            return USAGE;
        }
        if (ex instanceof ImportException) {
            return isFileFailure(ex.getCause()) ? IO_ERROR : INPUT_REJECTED;
        }
        if (ex instanceof EstException) {
            return INPUT_REJECTED;
        }
        if (ex instanceof UncheckedIOException) {
            return isFileFailure(ex.getCause()) ? IO_ERROR : INPUT_REJECTED;
        }
        if (ex instanceof IOException) {
            return isFileFailure(ex) ? IO_ERROR : INPUT_REJECTED;
        }
        return INTERNAL_ERROR;
    }

    /**
     * Tells whether an I/O exception is about the file itself (missing, not allowed, a disk error) rather than its
     * content: broken encodings and syntax are {@link IOException}s too, but the input is at fault there.
     */
    private static boolean isFileFailure(Throwable cause) {
        if (!(cause instanceof IOException) || cause instanceof CharacterCodingException) {
            return false;
        }
        // Parsers (Jackson) report broken syntax as IOExceptions of their own; only the JDK's file errors count.
        return cause instanceof FileSystemException || cause instanceof FileNotFoundException
                || cause.getClass().getName().startsWith("java.");
    }

    private static String message(Throwable ex) {
        Throwable io = ex instanceof UncheckedIOException && ex.getCause() != null ? ex.getCause() : ex;
        if (io instanceof FileSystemException) {
            FileSystemException f = (FileSystemException) io;
            String why = io instanceof NoSuchFileException ? "there is no such file or folder"
                    : io instanceof AccessDeniedException ? "not allowed"
                    : io instanceof FileAlreadyExistsException ? "a file is in the way where a folder is needed"
                    : io instanceof NotDirectoryException ? "not a folder"
                    : f.getReason() != null ? f.getReason() : io.getClass().getSimpleName();
            return "cannot read or write " + f.getFile() + (f.getOtherFile() != null ? " (" + f.getOtherFile() + ")"
                    : "") + ": " + why;
        }
        String message = ex.getMessage();
        if (message == null || message.isBlank()) {
            return ex.getClass().getSimpleName();
        }
        if (ex instanceof UncheckedIOException && ex.getCause() != null && ex.getCause().getMessage() != null
                && !message.contains(ex.getCause().getMessage())) {
            return message + ": " + ex.getCause().getMessage();
        }
        return message;
    }

    /** The top command, {@code est}: it only holds the subcommands and the plugin registry they share. */
    @Command(name = "est", mixinStandardHelpOptions = true, versionProvider = Version.class,
            sortOptions = false, usageHelpAutoWidth = true,
            description = "est4j for safety coordinators: make a situation report from a file of observations, "
                    + "check a file before sending it, and see which plugins are installed.",
            subcommands = {ReportCommand.class, ValidateCommand.class, PluginsCommand.class, DemoDataCommand.class,
                    CommandLine.HelpCommand.class},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {
                "0:the command did what was asked",
                "1:input rejected: a row or file broke a rule, an id is unknown, or a plugin failed to load",
                "2:usage error: an unknown option, or a missing or malformed value",
                "3:a file could not be read or written",
                "4:unexpected failure (a bug); the trace goes to standard error"},
            footer = {"", "Run 'est <command> --help' for the options of a command.",
                "Without a command, 'est' from a checkout runs the demo ('./est demo'); './est shell' opens JShell."})
    static final class Root implements Runnable {
        final EstPlugins plugins;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        Root(EstPlugins plugins) {
            this.plugins = plugins;
        }

        @Override
        public void run() {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Missing command: give one of report, validate, plugins, demo-data (or --help)");
        }
    }

    /** Reads the version that Maven wrote into {@code version.properties} when it built the jar. */
    static final class Version implements IVersionProvider {
        Version() {}

        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = EstCli.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"est4j " + p.getProperty("version", "(version unknown: not built by Maven)"),
                "Java " + Runtime.version() + " (" + System.getProperty("java.vendor", "unknown vendor") + ")"};
        }
    }
}
