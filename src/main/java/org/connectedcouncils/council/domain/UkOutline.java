package org.connectedcouncils.council.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The United Kingdom's outline as an SVG path, pre-projected by {@code bin/uk-outline.mjs} from npm world-atlas
 * 2.0.2 (Natural Earth 1:50m, public domain), and the same projection for placing councils by their point.
 */
public record UkOutline(double lonMin, double latMax, double lat0, double scale, int width, int height,
        String path) {

    public static final String RESOURCE = "/data/uk-outline.txt";

    /**
     * The outline shipped in the app, read once: it is part of the app and never changes while it runs (an
     * immutable constant, the same on every node). Before, every map read and parsed the 11 KB file again (~5 % of
     * a card render's allocation in issue 19's benchmark).
     */
    public static UkOutline bundled() {
        return Bundled.OUTLINE;
    }

    /** Holds the bundled outline, read when first asked for. */
    private static final class Bundled {
        static final UkOutline OUTLINE = read();
    }

    static UkOutline read() {
        try (InputStream in = UkOutline.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The app lacks its map outline " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String[] p = reader.readLine().trim().split(" ");
            String path = reader.readLine().trim();
            return new UkOutline(Double.parseDouble(p[0]), Double.parseDouble(p[1]), Double.parseDouble(p[2]),
                    Double.parseDouble(p[3]), Integer.parseInt(p[4]), Integer.parseInt(p[5]), path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where {@code place} falls on the map (x, y), or empty when it has no point or lies beyond the map. */
    public Optional<double[]> locate(CouncilPlace place) {
        if (!place.hasPoint()) {
            return Optional.empty();
        }
        double x = (place.longitude() - lonMin) * Math.cos(Math.toRadians(lat0)) * scale;
        double y = (latMax - place.latitude()) * scale;
        return x < 0 || y < 0 || x > width || y > height ? Optional.empty() : Optional.of(new double[] {x, y});
    }
}
