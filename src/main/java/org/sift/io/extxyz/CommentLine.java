package org.sift.io.extxyz;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sift.model.Property;
import org.sift.model.Values;

/**
 * The key=value comment line of extended XYZ, read and written the way ASE's {@code extxyz} module
 * does ({@code key_val_str_to_dict} / {@code key_val_dict_to_str}).
 *
 * <p>Reading: the line is split character by character on whitespace; a value may be delimited by
 * {@code "..."}, {@code '...'}, {@code {...}} or {@code [...]} (brackets may nest); a backslash
 * takes the next character verbatim; {@code key = value} with spaces around {@code =} is accepted;
 * a key without {@code =} means {@code True}; a later duplicate replaces the value but keeps the
 * position of the first. Values become integers, then reals, then booleans ({@code T}/{@code F},
 * also {@code True}/{@code False}), then JSON ({@code _JSON ...}), else strings; several tokens
 * (split on whitespace and commas) become a vector, 9 numbers a 3x3 matrix (values in file order).
 * The key {@code uid} (any case) is never converted, as in ASE.
 */
final class CommentLine {

    /** The JSON reader, built on first use (most files have no {@code _JSON} values; this keeps Jackson's classes unloaded). */
    private static final class Json {
        static final JsonMapper MAPPER = JsonMapper.builder()
                .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .build();
    }

    private CommentLine() {
    }

    /** Thrown for a malformed value; the caller adds file and line. */
    static final class BadValue extends Exception {
        BadValue(String message) {
            super(message);
        }
    }

    /**
     * Splits the comment line into raw key/value strings in file order (a bare key gets {@code "T"}).
     * Quotes and brackets are removed, escapes resolved.
     */
    static LinkedHashMap<String, String> split(String line) {
        List<List<StringBuilder>> pairs = new ArrayList<>();
        pairs.add(newPair());
        List<Character> stack = new ArrayList<>();
        boolean escaped = false;
        String s = line.strip();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            List<StringBuilder> cur = pairs.get(pairs.size() - 1);
            StringBuilder part = cur.get(cur.size() - 1);
            if (escaped) {
                part.append(c);
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (!stack.isEmpty()) {
                char close = stack.get(stack.size() - 1);
                if (c == close) {
                    stack.remove(stack.size() - 1);
                } else if ((close == '}' || close == ']') && (c == '{' || c == '[')) {
                    stack.add(c == '{' ? '}' : ']');
                } else {
                    part.append(c);
                }
            } else if (c == '"' || c == '\'') {
                stack.add(c);
            } else if (c == '{') {
                stack.add('}');
            } else if (c == '[') {
                stack.add(']');
            } else if (Character.isWhitespace(c)) {
                if (part.length() == 0) {
                    continue;
                }
                pairs.add(newPair());
            } else if (c == '=') {
                if (cur.size() == 1 && part.length() == 0 && pairs.size() > 1) {
                    // "key = value": the space opened an empty entry; fold back into the previous one
                    pairs.remove(pairs.size() - 1);
                    cur = pairs.get(pairs.size() - 1);
                }
                cur.add(new StringBuilder());
            } else {
                part.append(c);
            }
        }
        LinkedHashMap<String, String> out = new LinkedHashMap<>();
        for (List<StringBuilder> p : pairs) {
            String key = p.get(0).toString();
            if (p.size() == 1) {
                if (key.isEmpty()) {
                    continue;
                }
                out.put(key, "T");
            } else {
                StringBuilder v = new StringBuilder();
                for (int i = 1; i < p.size(); i++) {
                    if (i > 1) {
                        v.append('=');
                    }
                    v.append(p.get(i));
                }
                if (key.isEmpty()) {
                    continue; // "=value" without a key: ASE would make an empty key; nothing to keep
                }
                out.put(key, v.toString());
            }
        }
        return out;
    }

    private static List<StringBuilder> newPair() {
        List<StringBuilder> p = new ArrayList<>(2);
        p.add(new StringBuilder());
        return p;
    }

    /** True if the line has an {@code =} outside quotes, i.e. it is a key=value line. */
    static boolean hasKeyValues(String line) {
        char quote = 0;
        boolean escaped = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '=') {
                return true;
            }
        }
        return false;
    }

    /** Tokens of a value: split on whitespace and commas, as ASE's {@code [^\s,]+}. */
    static List<String> tokens(String value) {
        List<String> t = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= value.length(); i++) {
            boolean sep = i == value.length() || value.charAt(i) == ',' || Character.isWhitespace(value.charAt(i));
            if (sep) {
                if (start >= 0) {
                    t.add(value.substring(start, i));
                    start = -1;
                }
            } else if (start < 0) {
                start = i;
            }
        }
        return t;
    }

    /** The value as a typed property (scalar, vector, 3x3), following ASE's conversion order. */
    static Property typed(String key, String value) {
        if (key.toLowerCase(Locale.ROOT).equals("uid")) {
            return Property.scalar(key, value);
        }
        List<String> tok = tokens(value);
        if (tok.isEmpty()) {
            return Property.scalar(key, value);
        }
        int n = tok.size();
        long[] ints = new long[n];
        boolean allInts = true;
        for (int i = 0; i < n && allInts; i++) {
            if (isInteger(tok.get(i))) {
                try {
                    ints[i] = Long.parseLong(tok.get(i));
                } catch (NumberFormatException e) {
                    allInts = false; // overflow: numpy falls back to float
                }
            } else {
                allInts = false;
            }
        }
        if (allInts) {
            return new Property(key, new Values.Ints(ints), numericShape(n), null);
        }
        double[] reals = new double[n];
        boolean allReals = true;
        for (int i = 0; i < n && allReals; i++) {
            Double d = parseReal(tok.get(i));
            if (d == null) {
                allReals = false;
            } else {
                reals[i] = d;
            }
        }
        if (allReals) {
            return new Property(key, new Values.Reals(reals), numericShape(n), null);
        }
        boolean[] bools = new boolean[n];
        boolean allBools = true;
        for (int i = 0; i < n && allBools; i++) {
            Boolean b = parseBool(tok.get(i));
            if (b == null) {
                allBools = false;
            } else {
                bools[i] = b;
            }
        }
        if (allBools) {
            return new Property(key, new Values.Bools(bools), n == 1 ? new int[0] : new int[] {n}, null);
        }
        if (value.startsWith("_JSON ")) {
            Property p = fromJson(key, value.substring(6));
            if (p != null) {
                return p;
            }
        }
        return Property.scalar(key, value);
    }

    private static int[] numericShape(int n) {
        if (n == 1) {
            return new int[0];
        }
        return n == 9 ? new int[] {3, 3} : new int[] {n};
    }

    /** Python {@code int()}: optional sign, decimal digits. */
    static boolean isInteger(String t) {
        int i = 0;
        if (!t.isEmpty() && (t.charAt(0) == '+' || t.charAt(0) == '-')) {
            i = 1;
        }
        if (i == t.length()) {
            return false;
        }
        for (; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Python {@code float()}: decimal or exponent notation, {@code nan}, {@code inf},
     * {@code infinity} in any case with optional sign; {@code null} if not a number. (Java-only
     * forms such as {@code 1d}, {@code 0x1p3} are refused.)
     */
    static Double parseReal(String t) {
        int n = t.length();
        if (n == 0) {
            return null;
        }
        boolean plain = true;
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if (!((c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
                plain = false;
                break;
            }
        }
        if (plain) {
            try {
                return fastDouble(t);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        String w = t.toLowerCase(Locale.ROOT);
        boolean neg = w.startsWith("-");
        if (w.startsWith("-") || w.startsWith("+")) {
            w = w.substring(1);
        }
        if (w.equals("nan")) {
            return Double.NaN;
        }
        if (w.equals("inf") || w.equals("infinity")) {
            return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        return null;
    }

    /**
     * {@code Double.parseDouble} of a token made only of digits, signs, '.', 'e' and 'E', correctly
     * rounded (the same double), several times faster: Jackson's bundled FastDoubleParser
     * (Eisel-Lemire with a correct fallback).
     *
     * @throws NumberFormatException if it is not a number
     */
    static double fastDouble(String t) {
        return com.fasterxml.jackson.core.io.NumberInput.parseDouble(t, true);
    }

    /** As {@link #fastDouble(String)}, for the characters {@code c[off, off + len)}. */
    static double fastDouble(char[] c, int off, int len) {
        return com.fasterxml.jackson.core.io.NumberInput.parseDouble(c, off, len, true);
    }

    /** {@code T}, {@code F}, {@code True}, {@code False}; {@code null} otherwise. */
    static Boolean parseBool(String t) {
        switch (t) {
            case "T", "True":
                return Boolean.TRUE;
            case "F", "False":
                return Boolean.FALSE;
            default:
                return null;
        }
    }

    /** A rectangular JSON array (or scalar) of numbers, booleans or strings; {@code null} otherwise. */
    static Property fromJson(String key, String json) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(json);
        } catch (Exception e) {
            return null;
        }
        if (root == null) {
            return null;
        }
        List<Integer> shape = new ArrayList<>();
        JsonNode probe = root;
        while (probe.isArray()) {
            shape.add(probe.size());
            if (probe.size() == 0) {
                break;
            }
            probe = probe.get(0);
        }
        List<JsonNode> leaves = new ArrayList<>();
        if (!collect(root, shape, 0, leaves)) {
            return null;
        }
        int[] dims = shape.stream().mapToInt(Integer::intValue).toArray();
        int n = leaves.size();
        if (n == 0) {
            return new Property(key, new Values.Reals(new double[0]), dims, null);
        }
        if (leaves.stream().allMatch(JsonNode::isBoolean)) {
            boolean[] b = new boolean[n];
            for (int i = 0; i < n; i++) {
                b[i] = leaves.get(i).booleanValue();
            }
            return new Property(key, new Values.Bools(b), dims, null);
        }
        if (leaves.stream().allMatch(JsonNode::isTextual)) {
            String[] s = new String[n];
            for (int i = 0; i < n; i++) {
                s[i] = leaves.get(i).textValue();
            }
            return new Property(key, new Values.Strings(s), dims, null);
        }
        if (leaves.stream().allMatch(l -> l.isIntegralNumber() && l.canConvertToLong())) {
            long[] v = new long[n];
            for (int i = 0; i < n; i++) {
                v[i] = leaves.get(i).longValue();
            }
            return new Property(key, new Values.Ints(v), dims, null);
        }
        if (leaves.stream().allMatch(JsonNode::isNumber)) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = leaves.get(i).doubleValue();
            }
            return new Property(key, new Values.Reals(v), dims, null);
        }
        return null;
    }

    private static boolean collect(JsonNode node, List<Integer> shape, int depth, List<JsonNode> out) {
        if (depth == shape.size()) {
            if (node.isArray() || node.isObject() || node.isNull()) {
                return false;
            }
            out.add(node);
            return true;
        }
        if (!node.isArray() || node.size() != shape.get(depth)) {
            return false;
        }
        for (JsonNode c : node) {
            if (!collect(c, shape, depth + 1, out)) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ writing

    /** A real as text that Python's {@code float()} reads back to the same double. */
    static String real(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        return Double.toString(v);
    }

    /**
     * The text of one info value as ASE writes it, before quoting: scalars as tokens, vectors of
     * 2+ numbers or booleans space-separated, 3x3 numeric matrices as 9 values in row-major order,
     * everything else (including strings that would read back as another type) as {@code _JSON}.
     */
    static String infoValue(String key, Property p) {
        Values v = p.values();
        int[] shape = p.shape();
        boolean numeric = v instanceof Values.Reals || v instanceof Values.Ints;
        if (shape.length == 0) {
            if (v instanceof Values.Strings s) {
                String text = s.values()[0];
                if (key.toLowerCase(Locale.ROOT).equals("uid") || readsBackAsString(key, text)) {
                    return text;
                }
                return "_JSON " + jsonString(text);
            }
            return token(v, 0);
        }
        boolean flat = (shape.length == 1 && shape[0] >= 2 && shape[0] != 9 && (numeric || v instanceof Values.Bools))
                || (numeric && shape.length == 2 && shape[0] == 3 && shape[1] == 3);
        if (flat) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < v.size(); i++) {
                if (i > 0) {
                    sb.append(' ');
                }
                sb.append(token(v, i));
            }
            return sb.toString();
        }
        return "_JSON " + json(v, shape);
    }

    private static boolean readsBackAsString(String key, String text) {
        if (text.isEmpty() || text.startsWith("_JSON") || text.startsWith(" ") || text.endsWith(" ")) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                return false;
            }
        }
        Property back = typed(key, text);
        return back.values() instanceof Values.Strings s && back.isScalar() && s.values()[0].equals(text);
    }

    private static String token(Values v, int i) {
        if (v instanceof Values.Reals r) {
            return real(r.values()[i]);
        }
        return v.format(i);
    }

    private static String json(Values v, int[] shape) {
        StringBuilder sb = new StringBuilder();
        jsonRec(v, shape, 0, new int[] {0}, sb);
        return sb.toString();
    }

    private static void jsonRec(Values v, int[] shape, int depth, int[] next, StringBuilder sb) {
        if (depth == shape.length) {
            int i = next[0]++;
            if (v instanceof Values.Reals r) {
                double d = r.values()[i];
                sb.append(Double.isNaN(d) ? "NaN" : Double.isInfinite(d) ? (d > 0 ? "Infinity" : "-Infinity") : Double.toString(d));
            } else if (v instanceof Values.Ints n) {
                sb.append(n.values()[i]);
            } else if (v instanceof Values.Bools b) {
                sb.append(b.values()[i] ? "true" : "false");
            } else {
                sb.append(jsonString(((Values.Strings) v).values()[i]));
            }
            return;
        }
        sb.append('[');
        for (int k = 0; k < shape[depth]; k++) {
            if (k > 0) {
                sb.append(", ");
            }
            jsonRec(v, shape, depth + 1, next, sb);
        }
        sb.append(']');
    }

    static String jsonString(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /**
     * A key or value as it goes on the line: wrapped in double quotes when it holds whitespace,
     * quotes, brackets, {@code =}, a comma or a backslash (or is empty), with {@code "} and
     * {@code \} escaped by a backslash.
     */
    static String quote(String s) {
        boolean needs = s.isEmpty();
        for (int i = 0; i < s.length() && !needs; i++) {
            char c = s.charAt(i);
            needs = Character.isWhitespace(c) || "\"'{}[]=,\\".indexOf(c) >= 0;
        }
        if (!needs) {
            return s;
        }
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.append('"').toString();
    }

    /** Convenience for tests: the typed properties of a whole line, in order. */
    static Map<String, Property> parse(String line) {
        Map<String, Property> m = new LinkedHashMap<>();
        split(line).forEach((k, v) -> m.put(k, typed(k, v)));
        return m;
    }
}
