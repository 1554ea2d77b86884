package com.cartera.base.mention;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two forms of a note with mentions. Stored, a mention is {@code @[<member id>]}; in the editor it reads
 * {@code @[<name>]}. Pure functions: the names come from the caller.
 */
public final class Mentions {

    /** A stored mention. */
    static final Pattern STORED = Pattern.compile(
            "@\\[([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})]");

    /** A mention as the editor shows it: a name without brackets or line breaks. */
    static final Pattern EDITED = Pattern.compile("@\\[([^\\[\\]\\r\\n]{1,120})]");

    /** A piece of a rendered note: plain text, or a mention (member id and name to show). */
    public sealed interface Part {
    }

    public record Text(String text) implements Part {
    }

    public record Mention(UUID memberId, String name) implements Part {
    }

    private Mentions() {
    }

    /** The members mentioned in a stored note, in order of first mention. */
    public static Set<UUID> ids(String stored) {
        Set<UUID> ids = new LinkedHashSet<>();
        if (stored != null) {
            Matcher matcher = STORED.matcher(stored);
            while (matcher.find()) {
                ids.add(UUID.fromString(matcher.group(1)));
            }
        }
        return ids;
    }

    /** The members mentioned in {@code after} who were not in {@code before}. */
    public static Set<UUID> added(String before, String after) {
        Set<UUID> added = ids(after);
        added.removeAll(ids(before));
        return added;
    }

    /**
     * The stored note cut into text and mentions; a member nobody knows any more shows as {@code unknown}.
     * The parts carry plain strings: whatever shows them must escape them (Vaadin's text does).
     */
    public static List<Part> parts(String stored, Function<UUID, Optional<String>> nameOf, String unknown) {
        List<Part> parts = new ArrayList<>();
        if (stored == null || stored.isEmpty()) {
            return parts;
        }
        Matcher matcher = STORED.matcher(stored);
        int end = 0;
        while (matcher.find()) {
            if (matcher.start() > end) {
                parts.add(new Text(stored.substring(end, matcher.start())));
            }
            UUID id = UUID.fromString(matcher.group(1));
            parts.add(new Mention(id, nameOf.apply(id).orElse(unknown)));
            end = matcher.end();
        }
        if (end < stored.length()) {
            parts.add(new Text(stored.substring(end)));
        }
        return parts;
    }

    /** The stored note with each mention as its current name, for display as plain text. */
    public static String plain(String stored, Function<UUID, Optional<String>> nameOf, String unknown) {
        StringBuilder text = new StringBuilder();
        for (Part part : parts(stored, nameOf, unknown)) {
            text.append(part instanceof Mention mention ? "@" + mention.name() : ((Text) part).text());
        }
        return text.toString();
    }

    /** The stored note as the editor shows it: {@code @[name]} for each mention. */
    public static String toEditor(String stored, Function<UUID, Optional<String>> nameOf, String unknown) {
        StringBuilder text = new StringBuilder();
        for (Part part : parts(stored, nameOf, unknown)) {
            text.append(part instanceof Mention mention ? editorToken(mention.name()) : ((Text) part).text());
        }
        return text.toString();
    }

    /** {@code @[name]}, brackets and line breaks in the name replaced so that the token stays one. */
    public static String editorToken(String name) {
        return "@[" + editorName(name) + "]";
    }

    static String editorName(String name) {
        String cleaned = name.replace('[', '(').replace(']', ')').replaceAll("[\\r\\n]+", " ").strip();
        return cleaned.length() > 120 ? cleaned.substring(0, 120) : cleaned;
    }

    /**
     * The edited note in its stored form: {@code @[name]} of a known name becomes {@code @[id]}; any other
     * bracketed text stays as typed.
     *
     * @param idsByEditorName the members the editor knows, by {@link #editorToken name} as shown there
     */
    public static String fromEditor(String edited, Map<String, UUID> idsByEditorName) {
        if (edited == null) {
            return null;
        }
        Matcher matcher = EDITED.matcher(edited);
        StringBuilder stored = new StringBuilder();
        while (matcher.find()) {
            UUID id = idsByEditorName.get(matcher.group(1));
            matcher.appendReplacement(stored, Matcher.quoteReplacement(id == null ? matcher.group() : "@[" + id + "]"));
        }
        matcher.appendTail(stored);
        return stored.toString();
    }
}
