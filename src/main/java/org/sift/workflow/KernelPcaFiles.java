package org.sift.workflow;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.sift.analysis.Groups;
import org.sift.analysis.KernelPca;

/**
 * Writes a {@link KernelPca} map as {@code kpca.csv}: one row per configuration (index, group,
 * pc1, pc2) and, in every row, the explained variance share of each axis and the method (kernel
 * or mean-vectors), so the file stands alone.
 */
public final class KernelPcaFiles {

    public static final String CSV = "kpca.csv";

    private KernelPcaFiles() {}

    public static String csv(KernelPca k, Groups groups) {
        StringBuilder sb = new StringBuilder("index,group,pc1,pc2,explained1,explained2,method\n");
        String method = k.method() == KernelPca.Method.KERNEL ? "kernel" : "mean-vectors";
        for (int i = 0; i < k.x().length; i++) {
            sb.append(i)
                    .append(',')
                    .append(groups.names().get(groups.groupOf()[i]).replace(',', '_'));
            sb.append(String.format(
                    Locale.ROOT,
                    ",%.9g,%.9g,%.6g,%.6g,%s%n",
                    k.x()[i],
                    k.y()[i],
                    k.explained()[0],
                    k.explained()[1],
                    method));
        }
        return sb.toString();
    }

    public static Path write(KernelPca k, Groups groups, Path dir, boolean force) throws IOException {
        Path p = dir.resolve(CSV);
        SafeFiles.writeString(p, csv(k, groups), force);
        return p;
    }
}
