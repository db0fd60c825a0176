package org.est4j.examples.cli;

/**
 * A failure a command reports to its user with a message and an exit code of its own choosing, such as a missing
 * input file (exit code {@link EstCli#IO_ERROR}) or rows rejected by {@code validate}
 * ({@link EstCli#INPUT_REJECTED}). The message is printed as it is; the rejected rows have been printed before.
 */
final class CommandFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int exitCode;

    CommandFailure(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    CommandFailure(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
