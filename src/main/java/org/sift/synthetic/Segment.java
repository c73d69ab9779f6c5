package org.sift.synthetic;

/** The three kinds of synthetic trajectory segment. */
public enum Segment {
    /** Ornstein–Uhlenbeck vibration around the reference sites at one temperature. */
    MD,
    /** Random-walk melt, then relaxation towards a different, disordered arrangement while cooling. */
    MELT_QUENCH,
    /** Reference cell under a random symmetric strain per frame, with 300 K vibration; positions follow the cell. */
    STRAIN
}
