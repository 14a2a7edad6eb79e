package se.kompetensresan.shared;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Sweden's 21 län and 290 kommuner with their SCB codes (from {@code reference/*.csv}). */
@Component
public class Geography {

    public record County(String code, String name) {
    }

    public record Municipality(String code, String name, String countyCode) {
    }

    private final Map<String, County> counties = new LinkedHashMap<>();
    private final Map<String, Municipality> municipalities = new LinkedHashMap<>();

    public Geography() {
        for (String[] row : read("reference/counties.csv")) {
            counties.put(row[0], new County(row[0], row[1]));
        }
        for (String[] row : read("reference/municipalities.csv")) {
            municipalities.put(row[0], new Municipality(row[0], row[1], row[2]));
        }
    }

    private static List<String[]> read(String path) {
        try (var in = new BufferedReader(new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8))) {
            List<String[]> rows = new ArrayList<>();
            in.readLine();
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    rows.add(line.split(",", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<County> counties() {
        return List.copyOf(counties.values());
    }

    public List<Municipality> municipalities() {
        return municipalities.values().stream().sorted(Comparator.comparing(Municipality::name)).toList();
    }

    public Optional<County> county(String code) {
        return Optional.ofNullable(counties.get(code));
    }

    public Optional<Municipality> municipality(String code) {
        return Optional.ofNullable(municipalities.get(code));
    }

    /** The municipality with this exact name, e.g. "Karlskoga". */
    public Optional<Municipality> municipalityByName(String name) {
        return municipalities.values().stream().filter(m -> m.name().equalsIgnoreCase(name)).findFirst();
    }
}
