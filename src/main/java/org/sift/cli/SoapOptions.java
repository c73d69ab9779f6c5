package org.sift.cli;

import org.sift.descriptor.SoapParameters;
import org.sift.similarity.KernelOptions;
import picocli.CommandLine.Option;

/** The SOAP and kernel options shared by every command that computes similarities. Defaults are the study's. */
final class SoapOptions {

    @Option(names = "--rc", description = "Cutoff radius r_c, Å (default ${DEFAULT-VALUE}).")
    double rc = SoapParameters.STUDY.cutoff();

    @Option(names = "--width", description = "Cutoff transition width w, Å (default ${DEFAULT-VALUE}).")
    double width = SoapParameters.STUDY.transitionWidth();

    @Option(names = "--sigma", description = "Gaussian width sigma, Å (default ${DEFAULT-VALUE}).")
    double sigma = SoapParameters.STUDY.sigma();

    @Option(names = "--lmax", description = "Largest angular momentum (default ${DEFAULT-VALUE}).")
    int lmax = SoapParameters.STUDY.lMax();

    @Option(
            names = "--center-weight",
            description = "Weight of the central atom's Gaussian (default ${DEFAULT-VALUE}).")
    double centerWeight = SoapParameters.STUDY.centerWeight();

    @Option(names = "--zeta", description = "Exponent on the local kernel (default ${DEFAULT-VALUE}).")
    int zeta = KernelOptions.DEFAULT.zeta();

    @Option(names = "--separate-species", description = "k = 0 between environments of different central species.")
    boolean separate;

    SoapParameters soap() {
        return new SoapParameters(rc, width, sigma, lmax, centerWeight, SoapParameters.STUDY.radialAccuracy());
    }

    KernelOptions kernel() {
        return new KernelOptions(zeta, true, separate);
    }

    /** The descriptor and kernel in words, for figure captions. */
    String describe() {
        return new org.sift.workflow.AnalysisSettings(soap(), kernel()).describe();
    }
}
