package org.sift.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sift.concurrent.ProgressMonitor;
import org.sift.descriptor.SoapParameters;
import org.sift.model.Configuration;
import org.sift.model.Dataset;
import org.sift.similarity.KernelOptions;
import org.sift.similarity.SimilarityEngine;
import org.sift.similarity.StructureFeatures;
import org.sift.similarity.StructureSimilarity;
import org.sift.testutil.LiSiSample;

/** The diagram by group mean vectors (zeta = 1) against the brute-force mean of K over the group. */
class SimilarityDiagramTest {

    static StructureFeatures features;
    static Groups groups;

    @BeforeAll
    static void load() {
        List<Configuration> cs = new ArrayList<>(LiSiSample.load());
        cs.add(cs.get(3)); // a duplicate: K = 1 to another member
        features = new SimilarityEngine(SoapParameters.STUDY, KernelOptions.DEFAULT)
                .compute(cs, List.of("Li", "Si"), ProgressMonitor.NONE);
        groups = Groups.of(Dataset.of("lisi", cs), (String) null);
    }

    /** Hides the type, so that compute() takes the pairwise path. */
    static StructureSimilarity opaque(StructureSimilarity s) {
        return new StructureSimilarity() {
            @Override
            public int size() {
                return s.size();
            }

            @Override
            public double kernel(int i, int j) {
                return s.kernel(i, j);
            }
        };
    }

    @Test
    void meanVectorCoordinatesEqualTheMeanOfKOverTheGroupMembersSelfIncluded() {
        assertThat(groups.count()).isGreaterThan(2);
        String gx = groups.names().get(0);
        String gy = groups.names().get(groups.count() - 1);
        SimilarityDiagram fast = SimilarityDiagram.compute(features, groups, gx, gy, 2, ProgressMonitor.NONE);
        int[] mx = groups.members(0);
        int[] my = groups.members(groups.count() - 1);
        int n = features.size();
        for (int a = 0; a < n; a++) {
            double sx = 0;
            for (int b : mx) sx += features.kernel(a, b); // b = a included when a is a member
            double sy = 0;
            for (int b : my) sy += features.kernel(a, b);
            assertThat(fast.x()[a]).as("x of %d", a).isCloseTo(sx / mx.length, within(1e-13));
            assertThat(fast.y()[a]).as("y of %d", a).isCloseTo(sy / my.length, within(1e-13));
        }
        // and the pairwise path, through the same entry point
        SimilarityDiagram slow = SimilarityDiagram.compute(opaque(features), groups, gx, gy, 2, ProgressMonitor.NONE);
        for (int a = 0; a < n; a++) {
            assertThat(fast.x()[a]).isCloseTo(slow.x()[a], within(1e-13));
            assertThat(fast.y()[a]).isCloseTo(slow.y()[a], within(1e-13));
        }
    }

    @Test
    void everyPairOfGroupsAgreesWithThePairwisePathAndThreadsDoNotMatter() {
        StructureSimilarity slow = opaque(features);
        for (int g = 0; g < groups.count(); g++) {
            String name = groups.names().get(g);
            SimilarityDiagram one = SimilarityDiagram.compute(features, groups, name, name, 1, ProgressMonitor.NONE);
            SimilarityDiagram two = SimilarityDiagram.compute(features, groups, name, name, 2, ProgressMonitor.NONE);
            SimilarityDiagram ref = SimilarityDiagram.compute(slow, groups, name, name, 2, ProgressMonitor.NONE);
            assertThat(two.x()).containsExactly(one.x());
            for (int a = 0; a < features.size(); a++) {
                assertThat(one.x()[a]).isCloseTo(ref.x()[a], within(1e-13));
            }
        }
    }

    @Test
    void zetaTwoKeepsThePairwiseDefinition() {
        List<Configuration> cs = LiSiSample.load().subList(0, 8); // zeta = 2 is pairwise over atoms: keep N small
        StructureFeatures z2 = new SimilarityEngine(SoapParameters.STUDY, new KernelOptions(2, true, false))
                .compute(cs, List.of("Li", "Si"), ProgressMonitor.NONE);
        Groups g = Groups.of(Dataset.of("z2", cs), (String) null);
        SimilarityDiagram d = SimilarityDiagram.compute(z2, g, null, null, 1, ProgressMonitor.NONE);
        int[] mx = g.members(g.indexOf(d.groupX()));
        for (int a = 0; a < cs.size(); a++) {
            double s = 0;
            for (int b : mx) s += z2.kernel(a, b);
            assertThat(d.x()[a]).isCloseTo(s / mx.length, within(1e-15));
        }
    }
}
