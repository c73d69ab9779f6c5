package org.sift.io;

import java.util.EnumSet;
import java.util.List;

/**
 * A format whose declaration (id, description, name patterns, what it carries and what it can do)
 * is given once, to the constructor; subclasses implement only sniffing, reading and writing.
 */
public abstract class DeclaredFormat implements StructureFormat {

    /** What a format can do besides carrying labels. */
    public enum Trait {
        /** One file or folder may hold many configurations. */
        MULTI_FRAME,
        /** The path is a folder (DeePMD systems). */
        DIRECTORY,
        READS,
        WRITES
    }

    private final String id;
    private final String description;
    private final List<String> extensions;
    private final Capabilities capabilities;
    private final EnumSet<Trait> traits;

    protected DeclaredFormat(String id, String description, List<String> extensions, Capabilities capabilities,
                             Trait... traits) {
        this.id = id;
        this.description = description;
        this.extensions = List.copyOf(extensions);
        this.capabilities = capabilities;
        this.traits = traits.length == 0 ? EnumSet.noneOf(Trait.class) : EnumSet.copyOf(List.of(traits));
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final List<String> extensions() {
        return extensions;
    }

    @Override
    public final boolean multiFrame() {
        return traits.contains(Trait.MULTI_FRAME);
    }

    @Override
    public final boolean isDirectoryFormat() {
        return traits.contains(Trait.DIRECTORY);
    }

    @Override
    public final boolean canRead() {
        return traits.contains(Trait.READS);
    }

    @Override
    public final boolean canWrite() {
        return traits.contains(Trait.WRITES);
    }

    @Override
    public final Capabilities capabilities() {
        return capabilities;
    }
}
