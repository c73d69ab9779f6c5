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
        public void warn(String file, String message) {
        }

        @Override
        public void note(String file, String message) {
        }
    };

    /** Frames or labels that were read differently from what the file holds (dropped, replaced). */
    void warn(String file, String message);

    /** A choice made while reading (which key held a label, which reader was used). */
    void note(String file, String message);

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
