package org.sift.descriptor;

/**
 * Every parameter that determines the SOAP descriptors (docs/method.md §2). Defaults are the study's.
 *
 * @param cutoff          r_c, Å: neighbour centres beyond it are ignored (default 3.0)
 * @param transitionWidth w, Å: width of the cosine cutoff transition below r_c (default 0.5)
 * @param sigma           Gaussian width of each atom's density, Å (default 0.4)
 * @param lMax            largest angular momentum (default 6)
 * @param centerWeight    weight of the central atom's own Gaussian in its species channel (default 1)
 * @param radialAccuracy  convergence target of the radial basis: the largest change of any K(A, B)
 *                        allowed against an enlarged basis (default 1e-6, docs/method.md requires ≤ 1e-5)
 */
public record SoapParameters(double cutoff, double transitionWidth, double sigma, int lMax,
                             double centerWeight, double radialAccuracy) {

    public static final SoapParameters STUDY = new SoapParameters(3.0, 0.5, 0.4, 6, 1.0, 1e-6);

    public SoapParameters {
        if (!(cutoff > 0)) throw new IllegalArgumentException("cutoff must be > 0 Å, got " + cutoff);
        if (!(transitionWidth >= 0 && transitionWidth <= cutoff)) {
            throw new IllegalArgumentException("transition width must be in [0, cutoff], got " + transitionWidth);
        }
        if (!(sigma > 0)) throw new IllegalArgumentException("sigma must be > 0 Å, got " + sigma);
        if (lMax < 0 || lMax > 20) throw new IllegalArgumentException("l_max must be in 0..20, got " + lMax);
        if (!(centerWeight >= 0)) throw new IllegalArgumentException("central atom weight must be >= 0, got " + centerWeight);
        if (!(radialAccuracy > 0 && radialAccuracy < 1)) {
            throw new IllegalArgumentException("radial accuracy must be in (0, 1), got " + radialAccuracy);
        }
    }

    public SoapParameters withCutoff(double v) { return new SoapParameters(v, transitionWidth, sigma, lMax, centerWeight, radialAccuracy); }
    public SoapParameters withTransitionWidth(double v) { return new SoapParameters(cutoff, v, sigma, lMax, centerWeight, radialAccuracy); }
    public SoapParameters withSigma(double v) { return new SoapParameters(cutoff, transitionWidth, v, lMax, centerWeight, radialAccuracy); }
    public SoapParameters withLMax(int v) { return new SoapParameters(cutoff, transitionWidth, sigma, v, centerWeight, radialAccuracy); }
    public SoapParameters withCenterWeight(double v) { return new SoapParameters(cutoff, transitionWidth, sigma, lMax, v, radialAccuracy); }
    public SoapParameters withRadialAccuracy(double v) { return new SoapParameters(cutoff, transitionWidth, sigma, lMax, centerWeight, v); }
}
