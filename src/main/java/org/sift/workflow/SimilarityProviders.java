package org.sift.workflow;

import java.util.LinkedHashMap;
import java.util.Map;
import org.sift.concurrent.ProgressMonitor;
import org.sift.descriptor.SoapParameters;
import org.sift.model.Dataset;
import org.sift.similarity.ConfigurationError;
import org.sift.similarity.KernelOptions;
import org.sift.similarity.SimilarityEngine;
import org.sift.similarity.StructureSimilarity;

/** Where the application's similarity provider is made. */
public final class SimilarityProviders {

    private SimilarityProviders() {}

    /**
     * The SOAP similarity provider (docs/method.md §2-3) with the given parameters. One engine per
     * provider, so its in-memory descriptor cache serves repeated computations on the same data.
     */
    public static SimilarityProvider defaultProvider(SoapParameters soap, KernelOptions kernel) {
        SimilarityEngine engine = new SimilarityEngine(soap, kernel);
        Map<String, Object> parameters = parameters(soap, kernel);
        return new SimilarityProvider() {
            @Override
            public StructureSimilarity compute(Dataset dataset, ProgressMonitor monitor) {
                try {
                    return engine.compute(dataset.configurations(), monitor);
                } catch (ConfigurationError e) {
                    throw named(dataset, e);
                }
            }

            @Override
            public Map<String, Object> parameters() {
                return parameters;
            }
        };
    }

    /**
     * The error of a configuration that could not be described, naming its file, line and
     * index: {@code FILE:LINE: configuration I: problem}.
     */
    public static IllegalArgumentException named(Dataset dataset, ConfigurationError e) {
        int i = e.index();
        String where = i >= 0 && i < dataset.size() ? dataset.where(i) : "configuration " + i;
        return new IllegalArgumentException(where + ": " + e.problem(), e);
    }

    /** The parameters as recorded in manifests: every SOAP and kernel option, by name. */
    public static Map<String, Object> parameters(SoapParameters soap, KernelOptions kernel) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("descriptor", "SOAP power spectrum, normalised average structure kernel");
        m.put("cutoff_A", soap.cutoff());
        m.put("transition_width_A", soap.transitionWidth());
        m.put("sigma_A", soap.sigma());
        m.put("l_max", soap.lMax());
        m.put("center_weight", soap.centerWeight());
        m.put("radial_accuracy", soap.radialAccuracy());
        m.put("zeta", kernel.zeta());
        m.put("normalise", kernel.normalise());
        m.put("separate_central_species", kernel.separateCentralSpecies());
        return java.util.Collections.unmodifiableMap(m);
    }

    /**
     * The SOAP options recorded by {@link #parameters}, read back (a replay recomputes with them).
     *
     * @throws IllegalArgumentException naming the key that is missing or not of the recorded kind
     */
    public static SimilarityProvider fromParameters(Map<String, Object> p) {
        Object descriptor = p.get("descriptor");
        if (!"SOAP power spectrum, normalised average structure kernel".equals(descriptor)) {
            throw new IllegalArgumentException("similarity '" + descriptor + "' is not one this Sift computes");
        }
        SoapParameters soap = new SoapParameters(
                number(p, "cutoff_A"),
                number(p, "transition_width_A"),
                number(p, "sigma_A"),
                (int) number(p, "l_max"),
                number(p, "center_weight"),
                number(p, "radial_accuracy"));
        KernelOptions kernel =
                new KernelOptions((int) number(p, "zeta"), flag(p, "normalise"), flag(p, "separate_central_species"));
        return defaultProvider(soap, kernel);
    }

    private static double number(Map<String, Object> p, String key) {
        if (p.get(key) instanceof Number n) {
            return n.doubleValue();
        }
        throw new IllegalArgumentException(
                "similarity parameter " + key + " is missing or not a number: " + p.get(key));
    }

    private static boolean flag(Map<String, Object> p, String key) {
        if (p.get(key) instanceof Boolean b) {
            return b;
        }
        throw new IllegalArgumentException(
                "similarity parameter " + key + " is missing or not true/false: " + p.get(key));
    }
}
