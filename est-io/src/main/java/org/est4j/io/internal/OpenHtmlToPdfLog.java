package org.est4j.io.internal;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends openhtmltopdf's log lines to SLF4J, as the rest of est4j logs, instead of to its own console handler: under
 * the loggers {@code com.openhtmltopdf.*}, errors as errors, warnings as warnings, and its progress notes ("Using
 * fast-mode renderer", "Loading font …") at debug level, so that a PDF report prints nothing on a quiet host.
 * Installed only while openhtmltopdf has no logger yet: a host that configured openhtmltopdf's logging keeps it.
 *
 * <p>Implementation requirements: stateless and thread-safe.
 */
final class OpenHtmlToPdfLog implements XRLogger {
    private static final Logger ROOT = LoggerFactory.getLogger("com.openhtmltopdf");

    private OpenHtmlToPdfLog() {}

    /** Installs this logger unless openhtmltopdf already has one. */
    static void install() {
        synchronized (XRLog.class) {
            if (XRLog.getLoggerImpl() == null) {
                XRLog.setLoggerImpl(new OpenHtmlToPdfLog());
            }
        }
    }

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable th) {
        Logger logger = LoggerFactory.getLogger(where);
        int value = level.intValue();
        if (value >= Level.SEVERE.intValue()) {
            logger.error(message, th);
        } else if (value >= Level.WARNING.intValue()) {
            logger.warn(message, th);
        } else if (value >= Level.FINE.intValue()) {
            logger.debug(message, th);
        } else {
            logger.trace(message, th);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // Levels are the host's to set, in its SLF4J binding.
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        int value = diagnostic.getLevel().intValue();
        return value >= Level.SEVERE.intValue() ? ROOT.isErrorEnabled()
                : value >= Level.WARNING.intValue() ? ROOT.isWarnEnabled()
                : value >= Level.FINE.intValue() ? ROOT.isDebugEnabled() : ROOT.isTraceEnabled();
    }
}
