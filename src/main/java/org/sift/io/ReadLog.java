package org.sift.io;

import java.util.ArrayList;
import java.util.List;

/**
 * Where readers report what the user must know about a read that succeeded: frames dropped and
 * why (warnings), and choices made on the user's behalf, such as the key the energy was taken
 * from (notes). Each message names the file.
 */
public interface ReadLog {

    /** Discards every message. */
    ReadLog NONE = new ReadLog() {
        @Override
        public void warn(String file, String message) {}

        @Override
        public void note(String file, String message) {}
    };

    /** Frames or labels that were read differently from what the file holds (dropped, replaced). */
    void warn(String file, String message);

    /** A choice made while reading (which key held a label, which reader was used). */
    void note(String file, String message);

    /**
     * Where a frame starts: {@code frame} is its index among the frames the reader returns
     * (0-based), {@code line} its first line (1-based). Readers of line-based formats call it so
     * that later errors (in the neighbour search, say) can name the line; ignored by default.
     */
    default void frameLine(String file, int frame, long line) {}

    /** A log that records frame lines and passes every message on to {@code next}. Not thread-safe. */
    final class FrameLines implements ReadLog {
        private final ReadLog next;
        private long[] lines = new long[16];

        public FrameLines(ReadLog next) {
            this.next = next;
        }

        @Override
        public void warn(String file, String message) {
            next.warn(file, message);
        }

        @Override
        public void note(String file, String message) {
            next.note(file, message);
        }

        @Override
        public void frameLine(String file, int frame, long line) {
            if (frame < 0) {
                return;
            }
            if (frame >= lines.length) {
                lines = java.util.Arrays.copyOf(lines, Math.max(frame + 1, 2 * lines.length));
            }
            lines[frame] = line;
        }

        /** The first line of frames 0..n-1 (0 where no reader said). */
        public long[] lines(int n) {
            return java.util.Arrays.copyOf(lines, n);
        }
    }

    /** One message: the file, the text and whether it is a warning. */
    record Message(String file, String text, boolean warning) {
        @Override
        public String toString() {
            return file + ": " + text;
        }
    }

    /** A log that keeps every message, in order. Not thread-safe. */
    final class Collector implements ReadLog {
        private final List<Message> messages = new ArrayList<>();

        @Override
        public void warn(String file, String message) {
            messages.add(new Message(file, message, true));
        }

        @Override
        public void note(String file, String message) {
            messages.add(new Message(file, message, false));
        }

        public List<Message> messages() {
            return List.copyOf(messages);
        }

        public List<Message> warnings() {
            return messages.stream().filter(Message::warning).toList();
        }

        public List<Message> notes() {
            return messages.stream().filter(m -> !m.warning()).toList();
        }
    }
}
