package org.sift.descriptor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sift.model.Configuration;
import org.sift.testutil.LiSiSample;

/**
 * Radial basis size against kernel error on the Li–Si sample (docs/benchmarks.md): for each residual
 * tolerance given on the command line, n_l per l, D and max |dK| over all 107 x 107 pairs against the
 * reference basis of {@link RadialConvergenceTest} (accuracy 1e-10, twice the nodes, half the step).
 * Usage: {@code java -cp target/classes:target/test-classes:CP org.sift.descriptor.RadialBasisScan TOL...}
 */
public final class RadialBasisScan {

    public static void main(String[] args) {
        List<Configuration> cs = LiSiSample.load();
        List<NeighbourList> nls = new ArrayList<>();
        for (Configuration c : cs) nls.add(NeighbourList.build(c, SoapParameters.STUDY.cutoff()));
        List<String> sp = List.of("Li", "Si");
        SoapParameters fine = SoapParameters.STUDY.withRadialAccuracy(1e-10);
        double[] s = RadialBasis.settingsFor(fine);
        RadialBasis big = new RadialBasis(fine, 2 * (int) s[0], s[1] / 2, 1e-11);
        double[][] ref = RadialConvergenceTest.kernels(cs, nls, new SoapCalculator(fine, sp, big));
        double[] def = RadialBasis.settingsFor(SoapParameters.STUDY);
        for (String a : args) {
            double tol = Double.parseDouble(a);
            RadialBasis b = new RadialBasis(SoapParameters.STUDY, (int) def[0], def[1], tol);
            SoapCalculator calc = new SoapCalculator(SoapParameters.STUDY, sp, b);
            int[] n = new int[SoapParameters.STUDY.lMax() + 1];
            for (int l = 0; l < n.length; l++) n[l] = b.count(l);
            double dk = RadialConvergenceTest.maxDiff(RadialConvergenceTest.kernels(cs, nls, calc), ref);
            System.out.printf("tol %.1e n_l %s D %d max|dK| %.2e%n", tol, Arrays.toString(n), calc.dimension(), dk);
        }
    }
}
