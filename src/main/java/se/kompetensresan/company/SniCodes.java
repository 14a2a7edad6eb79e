package se.kompetensresan.company;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * SNI 2007 industry codes (NN.NNN, e.g. 25.620): the 88 divisions (two digits) with their names, from
 * {@code reference/sni2007_divisions.csv}. Manufacturing is divisions 10–33.
 */
@Component
public class SniCodes {

    private static final Pattern CODE = Pattern.compile("\\d{2}\\.\\d{3}");
    private final Map<String, String> divisions = new LinkedHashMap<>();

    public SniCodes() {
        try (var in = new BufferedReader(new InputStreamReader(
                new ClassPathResource("reference/sni2007_divisions.csv").getInputStream(), StandardCharsets.UTF_8))) {
            in.readLine();
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    String[] row = line.split(",", 2);
                    divisions.put(row[0], row[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The division's name (e.g. "25" → "Tillverkning av metallvaror …"). */
    public Optional<String> divisionName(String division) {
        return Optional.ofNullable(divisions.get(division));
    }

    public Map<String, String> divisions() {
        return Map.copyOf(divisions);
    }

    /** Splits "25.620, 28.110" (commas, semicolons or spaces) into codes, in the order typed. */
    public static List<String> split(String text) {
        List<String> codes = new ArrayList<>();
        if (text != null) {
            for (String part : text.split("[,;\\s]+")) {
                if (!part.isBlank()) {
                    codes.add(part.strip());
                }
            }
        }
        return codes;
    }

    /** The message key of what is wrong with the codes, or empty. At least one (the main one) is required. */
    public Optional<String> validate(String text) {
        List<String> codes = split(text);
        if (codes.isEmpty()) {
            return Optional.of("company.error.sni.required");
        }
        for (String c : codes) {
            if (!CODE.matcher(c).matches()) {
                return Optional.of("company.error.sni.format");
            }
            if (!divisions.containsKey(c.substring(0, 2))) {
                return Optional.of("company.error.sni.division");
            }
        }
        if (codes.stream().distinct().count() != codes.size()) {
            return Optional.of("company.error.sni.duplicate");
        }
        return Optional.empty();
    }

    /** True for manufacturing (divisions 10–33). */
    public static boolean isManufacturing(String code) {
        int division = Integer.parseInt(code.substring(0, 2));
        return division >= 10 && division <= 33;
    }
}
