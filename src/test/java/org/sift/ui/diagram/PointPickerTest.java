package org.sift.ui.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PointPickerTest {

    @Test
    void boxAndPolygonAgreeWithDirectTests() {
        SplittableRandom r = new SplittableRandom(3);
        int n = 2000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = r.nextDouble();
            y[i] = r.nextDouble();
        }
        PointPicker p = new PointPicker(x, y);
        int[] box = p.inBox(0.7, 0.6, 0.2, 0.1);
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (x[i] >= 0.2 && x[i] <= 0.7 && y[i] >= 0.1 && y[i] <= 0.6) {
                assertThat(box[k++]).isEqualTo(i);
            }
        }
        assertThat(box).hasSize(k);
        // the same box as a polygon (counter-clockwise) selects the same points (none lie on the edges)
        assertThat(p.inPolygon(new double[] {0.2, 0.7, 0.7, 0.2}, new double[] {0.1, 0.1, 0.6, 0.6})).containsExactly(box);
        // a concave L: the unit square minus its upper-right quarter
        int[] l = p.inPolygon(new double[] {0, 1, 1, 0.5, 0.5, 0}, new double[] {0, 0, 0.5, 0.5, 1, 1});
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (!(x[i] > 0.5 && y[i] > 0.5)) {
                assertThat(l[m++]).isEqualTo(i);
            }
        }
        assertThat(l).hasSize(m);
        assertThat(p.inPolygon(new double[] {0, 1}, new double[] {0, 1})).isEmpty();
    }

    @Test
    void nearestMeasuresInPixels() {
        // point 0 is nearer in data units, point 1 is nearer on screen when x is stretched
        PointPicker p = new PointPicker(new double[] {0.10, 0.0}, new double[] {0.0, 0.15});
        assertThat(p.nearest(0, 0, 1, 1, 1)).isEqualTo(0);
        // 0.001 x units per pixel: point 0 is 100 px away, point 1 is 15 px away (0.01 y units per pixel)
        assertThat(p.nearest(0, 0, 0.001, 0.01, 20)).isEqualTo(1);
        assertThat(p.nearest(0, 0, 0.001, 0.01, 10)).isEqualTo(-1);
    }
}
