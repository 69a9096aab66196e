package io.posflow.onboarding.domain.checks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The prefecture-level divisions of mainland China and the 4 municipalities (O3), from
 * {@code regions/prefecture-level-cities.txt}, which names its source. A name counts with or without its
 * suffix: 杭州市 and 杭州, 大兴安岭地区 and 大兴安岭, 阿拉善盟 and 阿拉善; an autonomous prefecture also by
 * its place name without the peoples it is named for, as it is usually written (恩施 for 恩施土家族苗族自治州).
 */
public final class PrefectureLevelCities {

    public static final String RESOURCE = "/regions/prefecture-level-cities.txt";

    private static final List<String> SUFFIXES = List.of("自治州", "地区", "盟", "市");
    /** The peoples in the names of the 30 autonomous prefectures, as they follow the place name. */
    private static final List<String> PEOPLES = List.of(
            "朝鲜族", "土家族", "苗族", "藏族", "羌族", "彝族", "布依族", "侗族", "哈尼族", "壮族", "傣族", "白族",
            "景颇族", "傈僳族", "回族", "蒙古族", "蒙古", "柯尔克孜", "哈萨克");

    private final List<String> names;
    /** Every name and short name, longest first, so a match reports the most specific one. */
    private final List<String> spellings;

    private PrefectureLevelCities(List<String> names) {
        this.names = List.copyOf(names);
        Set<String> all = new LinkedHashSet<>();
        for (String name : names) {
            all.add(name);
            all.add(shortName(name));
        }
        this.spellings = all.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** The list shipped with the service. */
    public static PrefectureLevelCities load() {
        try (InputStream in = PrefectureLevelCities.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One name per line; blank lines and everything after {@code #} are ignored. */
    static PrefectureLevelCities parse(String text) {
        List<String> names = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new StringReader(text))) {
            String line;
            while ((line = lines.readLine()) != null) {
                int comment = line.indexOf('#');
                String name = (comment < 0 ? line : line.substring(0, comment)).strip();
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (names.size() != new LinkedHashSet<>(names).size()) {
            throw new IllegalArgumentException("The city list names a division twice");
        }
        return new PrefectureLevelCities(names);
    }

    /** The official names, in the file's order. */
    public List<String> names() {
        return names;
    }

    /** The official name without its suffix (and, for an autonomous prefecture, without its peoples). */
    public static String shortName(String name) {
        Objects.requireNonNull(name, "name");
        for (String suffix : SUFFIXES) {
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                String stem = name.substring(0, name.length() - suffix.length());
                return suffix.equals("自治州") ? withoutPeoples(stem) : stem;
            }
        }
        return name;
    }

    /** The longest city name or short name that {@code text} contains. */
    public Optional<String> foundIn(String text) {
        Objects.requireNonNull(text, "text");
        return spellings.stream().filter(text::contains).findFirst();
    }

    private static String withoutPeoples(String stem) {
        String place = stem;
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String people : PEOPLES) {
                if (place.endsWith(people) && place.length() > people.length()) {
                    place = place.substring(0, place.length() - people.length());
                    stripped = true;
                }
            }
        }
        return place;
    }
}
