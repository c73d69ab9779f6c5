package org.sift.synthetic;

import org.sift.model.Configuration;

/**
 * The five compositions of the study, each with the periodic reference cell that the synthetic
 * trajectories vibrate around. The reference cells are crystal-like model structures with sensible
 * Li–Si distances (no two atoms closer than 2.3 Å), not refined experimental structures.
 * Every reference cell is orthorhombic and every cell width exceeds 5 Å.
 */
public enum LiSiPhase {

    /** Diamond Si 2×2×2 (a = 5.43 Å, 64 Si) with one Li on a tetrahedral interstitial site: 65 atoms. */
    LI1SI64("Li1Si64", "diamond Si 2x2x2 (a = 5.43 Å, 64 Si) + 1 Li on a tetrahedral interstitial site; "
            + "65 atoms, cubic 10.86 Å"),

    /** Diamond Si 3×1×1 (a = 5.60 Å, 24 Si) with 8 Li on spread-out tetrahedral interstitial sites: 32 atoms. */
    LI1SI3("Li1Si3", "diamond Si 3x1x1 expanded to a = 5.60 Å (24 Si) + 8 Li on tetrahedral interstitial sites "
            + "chosen by farthest point sampling; 32 atoms, 16.80 x 5.60 x 5.60 Å"),

    /** NaTl-type (B32) LiSi, a = 6.10 Å, 2×2×1: 32 Li + 32 Si, Li and Si each on a diamond sublattice. */
    LI1SI1("Li1Si1", "NaTl-type (B32) LiSi, a = 6.10 Å, 2x2x1 (32 Li + 32 Si, each species on a diamond sublattice "
            + "of a bcc superstructure, nearest neighbours 2.64 Å); 64 atoms, 12.20 x 12.20 x 6.10 Å"),

    /** bcc-derived Li13Si4: bcc 3×3×2 (a = 3.10 Å, 36 sites), 8 Si + 26 Li + 2 vacancies: 34 atoms. */
    LI13SI4("Li13Si4", "bcc-derived ordering, bcc 3x3x2 (a = 3.10 Å, 36 sites): 8 Si on sites chosen by farthest "
            + "point sampling, 2 vacancies, 26 Li; 34 atoms, 9.30 x 9.30 x 6.20 Å"),

    /** bcc Li 3×3×3 (a = 3.51 Å, 54 Li) with one Si on a tetrahedral interstitial site: 55 atoms. */
    LI54SI1("Li54Si1", "bcc Li 3x3x3 (a = 3.51 Å, 54 Li) + 1 Si on a tetrahedral interstitial site, its 4 nearest "
            + "Li pushed out to 2.55 Å; 55 atoms, cubic 10.53 Å");

    private final String formula;
    private final String cellDescription;

    LiSiPhase(String formula, String cellDescription) {
        this.formula = formula;
        this.cellDescription = cellDescription;
    }

    /** The reduced formula, which is Sift's default group label ({@code Li1Si64}, ...). */
    public String formula() {
        return formula;
    }

    /** What the reference cell is, in words. */
    public String cellDescription() {
        return cellDescription;
    }

    /** A freshly built reference cell (atoms on their sites, no labels, Li atoms first). */
    public Configuration reference() {
        return switch (this) {
            case LI1SI64 -> ReferenceCells.li1si64();
            case LI1SI3 -> ReferenceCells.li1si3();
            case LI1SI1 -> ReferenceCells.li1si1();
            case LI13SI4 -> ReferenceCells.li13si4();
            case LI54SI1 -> ReferenceCells.li54si1();
        };
    }
}
