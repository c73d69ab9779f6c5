package org.sift.model;

/**
 * Where a configuration came from: the file (or folder, for DeePMD systems), its frame index
 * inside that file (0-based) and the line its frame starts on (1-based; 0 where the format has no
 * lines or the reader does not say).
 */
public record Origin(String file, int frame, long line) {

    /** An origin without a line. */
    public Origin(String file, int frame) {
        this(file, frame, 0);
    }

    @Override
    public String toString() {
        return file + "#" + frame;
    }
}
