package org.sift.model;

/**
 * Where a configuration came from: the file (or folder, for DeePMD systems) and its frame index
 * inside that file (0-based).
 */
public record Origin(String file, int frame) {
    @Override
    public String toString() {
        return file + "#" + frame;
    }
}
