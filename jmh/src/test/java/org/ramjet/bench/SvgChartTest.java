package org.ramjet.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The chart is well-formed SVG (parsed with the JDK's XML parser) with one polyline per series. */
class SvgChartTest {
    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static List<String> texts(Document doc) {
        NodeList nodes = doc.getElementsByTagNameNS(SVG_NS, "text");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    @Test
    void onePolylinePerSeriesWithOnePointPerValue() throws Exception {
        SvgChart chart = new SvgChart("Warm-up: <fib> & friends", "iteration", "ms")
                .add("cpython", new double[] {1, 2, 3}, new double[] {10, 9, 9})
                .add("tier1 \"fast\"", new double[] {1, 2, 3}, new double[] {40, 5, 2})
                .add("pypy", new double[] {1, 2}, new double[] {30, 1});
        Document doc = parse(chart.render());
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        NodeList lines = doc.getElementsByTagNameNS(SVG_NS, "polyline");
        assertEquals(3, lines.getLength());
        assertEquals("tier1 \"fast\"", ((Element) lines.item(1)).getAttribute("data-name"));
        assertEquals(3, ((Element) lines.item(0)).getAttribute("points").split(" ").length);
        assertEquals(2, ((Element) lines.item(2)).getAttribute("points").split(" ").length);
        List<String> texts = texts(doc);
        assertTrue(texts.contains("Warm-up: <fib> & friends"), texts.toString());
        assertTrue(texts.contains("cpython") && texts.contains("pypy"), "legend names every series: " + texts);
        assertTrue(texts.contains("iteration") && texts.contains("ms"), texts.toString());
    }

    @Test
    void pointsLieInsideThePlotAndHigherValuesAreHigherUp() throws Exception {
        Document doc = parse(new SvgChart("t", "x", "y").add("s", new double[] {1, 2}, new double[] {1, 7.3}).render());
        String[] points = ((Element) doc.getElementsByTagNameNS(SVG_NS, "polyline").item(0)).getAttribute("points").split(" ");
        double y1 = Double.parseDouble(points[0].split(",")[1]);
        double y2 = Double.parseDouble(points[1].split(",")[1]);
        assertTrue(y2 < y1, "SVG y grows downwards");
        for (String p : points) {
            double x = Double.parseDouble(p.split(",")[0]);
            double y = Double.parseDouble(p.split(",")[1]);
            assertTrue(x >= 80 && x <= 660 && y >= 50 && y <= 440, p);
        }
        // linear y axis from 0 in steps of 2 up to 8
        List<String> texts = texts(doc);
        assertTrue(texts.containsAll(List.of("0", "2", "4", "6", "8")), texts.toString());
    }

    @Test
    void logScaleTicksAreDecadesAndNonPositiveValuesAreLeftOut() throws Exception {
        SvgChart chart = new SvgChart("t", "x", "y").logY(true)
                .add("s", new double[] {1, 2, 3, 4}, new double[] {1000, 20, 0, 1.5});
        Document doc = parse(chart.render());
        String points = ((Element) doc.getElementsByTagNameNS(SVG_NS, "polyline").item(0)).getAttribute("points");
        assertEquals(3, points.split(" ").length, "the zero is not plotted on a log axis");
        List<String> texts = texts(doc);
        assertTrue(texts.containsAll(List.of("1", "10", "100", "1000")), texts.toString());
        assertTrue(texts.contains("y (log scale)"), texts.toString());
    }

    @Test
    void emptyChartIsStillWellFormed() throws Exception {
        Document doc = parse(new SvgChart("nothing", "x", "y").render());
        assertEquals(0, doc.getElementsByTagNameNS(SVG_NS, "polyline").getLength());
    }

    @Test
    void niceLinearTicks() {
        SvgChart.Axis a = SvgChart.Axis.linear(0, 7.3);
        assertEquals(List.of(0.0, 2.0, 4.0, 6.0, 8.0), a.ticks);
        SvgChart.Axis b = SvgChart.Axis.linear(0.0, 0.031);
        assertEquals(5, b.ticks.size());
        assertEquals(0.04, b.max, 1e-12);
        assertEquals("0.03", b.label(b.ticks.get(3)));
        assertEquals(10.0, SvgChart.Axis.niceStep(7), 0);
        assertEquals(0.2, SvgChart.Axis.niceStep(0.15), 1e-12);
    }
}
