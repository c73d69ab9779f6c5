package org.sift.io;

import java.io.IOException;

/**
 * A file that does not follow its format. The message names the file, the line (1-based, or 0 if
 * not applicable) or frame, and what was expected.
 */
public class FormatException extends IOException {

    private final String file;
    private final long line;

    public FormatException(String file, long line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public FormatException(String file, long line, String problem, Throwable cause) {
        this(file, line, problem);
        initCause(cause);
    }

    public String file() {
        return file;
    }

    /** 1-based line number, or 0 where the problem has no line (binary files, folders). */
    public long line() {
        return line;
    }
}
