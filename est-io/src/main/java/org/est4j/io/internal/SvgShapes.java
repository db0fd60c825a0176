package org.est4j.io.internal;

import com.openhtmltopdf.css.parser.FSRGBColor;
import com.openhtmltopdf.css.sheet.FontFaceRule;
import com.openhtmltopdf.css.style.CssContext;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.extend.SVGDrawer;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.RenderingContext;
import java.awt.BasicStroke;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Draws the inline SVG of the report's charts into the PDF: the small subset the template writes — a root
 * {@code <svg>} with {@code width}, {@code height} and {@code viewBox}, {@code <rect>}s filled with {@code #RRGGBB}
 * and {@code <line>}s stroked with one — and nothing else ({@code <title>} is the text alternative and is not drawn).
 * It spares est-io a full SVG engine (Batik) for bars and a baseline; anything outside the subset is skipped.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
final class SvgShapes implements SVGDrawer {
    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");

    @Override
    public void importFontFaceRules(List<FontFaceRule> fontFaces, SharedContext shared) {
        // The charts have no text.
    }

    @Override
    public void addFontFile(File fontFile, String family, Integer weight, FontStyle style) {
        // The charts have no text.
    }

    @Override
    public void close() {
        // Nothing held.
    }

    @Override
    public SVGImage buildSVGImage(Element svg, Box box, CssContext c, double cssWidth, double cssHeight,
            double dotsPerPixel) {
        double[] viewBox = viewBox(svg);
        double width = cssWidth >= 0 ? cssWidth : number(svg.getAttribute("width"), viewBox[2]) * dotsPerPixel;
        double height = cssHeight >= 0 ? cssHeight : number(svg.getAttribute("height"), viewBox[3]) * dotsPerPixel;
        List<Element> shapes = new ArrayList<>();
        for (Node n = svg.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element) {
                shapes.add((Element) n);
            }
        }
        return new Image(shapes, viewBox, width, height);
    }

    private static double[] viewBox(Element svg) {
        String[] parts = svg.getAttribute("viewBox").trim().split("[\\s,]+");
        if (parts.length == 4) {
            double[] box = new double[4];
            for (int i = 0; i < 4; i++) {
                box[i] = number(parts[i], Double.NaN);
            }
            if (box[2] > 0 && box[3] > 0) {
                return box;
            }
        }
        return new double[] {0, 0, number(svg.getAttribute("width"), 1), number(svg.getAttribute("height"), 1)};
    }

    private static double number(String text, double otherwise) {
        try {
            double d = Double.parseDouble(text.trim().replaceFirst("px$", ""));
            return Double.isFinite(d) ? d : otherwise;
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private static FSRGBColor colour(String text) {
        if (!COLOUR.matcher(text).matches()) {
            return null;
        }
        int rgb = Integer.parseInt(text.substring(1), 16);
        return new FSRGBColor((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }

    /** One chart, laid out at a size. */
    private static final class Image implements SVGImage {
        private final List<Element> shapes;
        private final double[] viewBox;
        private final double width;
        private final double height;

        Image(List<Element> shapes, double[] viewBox, double width, double height) {
            this.shapes = shapes;
            this.viewBox = viewBox;
            this.width = width;
            this.height = height;
        }

        @Override
        public int getIntrinsicWidth() {
            return (int) Math.round(width);
        }

        @Override
        public int getIntrinsicHeight() {
            return (int) Math.round(height);
        }

        @Override
        public void drawSVG(OutputDevice out, RenderingContext ctx, double x, double y) {
            double sx = width / viewBox[2];
            double sy = height / viewBox[3];
            Stroke before = out.getStroke();
            for (Element e : shapes) {
                if ("rect".equals(e.getLocalName()) || "rect".equals(e.getNodeName())) {
                    FSRGBColor fill = colour(e.getAttribute("fill"));
                    if (fill != null) {
                        out.setColor(fill);
                        out.fill(new Rectangle2D.Double(x + sx * (number(e.getAttribute("x"), 0) - viewBox[0]),
                                y + sy * (number(e.getAttribute("y"), 0) - viewBox[1]),
                                sx * number(e.getAttribute("width"), 0), sy * number(e.getAttribute("height"), 0)));
                    }
                } else if ("line".equals(e.getLocalName()) || "line".equals(e.getNodeName())) {
                    FSRGBColor stroke = colour(e.getAttribute("stroke"));
                    if (stroke != null) {
                        out.setColor(stroke);
                        out.setStroke(new BasicStroke((float) (sy * number(e.getAttribute("stroke-width"), 1))));
                        Shape line = new Line2D.Double(x + sx * (number(e.getAttribute("x1"), 0) - viewBox[0]),
                                y + sy * (number(e.getAttribute("y1"), 0) - viewBox[1]),
                                x + sx * (number(e.getAttribute("x2"), 0) - viewBox[0]),
                                y + sy * (number(e.getAttribute("y2"), 0) - viewBox[1]));
                        out.draw(line);
                    }
                }
            }
            out.setStroke(before);
        }
    }
}
