package com.cartera.base.mention;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.listbox.ListBox;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * A notes text area where typing {@code @} offers the workspace's members: a list under the text, browsed with the
 * arrow keys, taken with Enter or a click, closed with Escape. Its value is the stored form ({@code @[id]}); the
 * person reads and edits {@code @[name]}. A small script reports the text before the caret; the server finds the
 * matches, so only members the caller's directory lists (the current workspace's) are ever offered.
 */
public class MentionField extends CustomField<String> {

    /** Matches shown at most. */
    static final int LIMIT = 8;

    /** An {@code @} at the start or after a space, then what was typed of a name up to the caret. */
    private static final Pattern QUERY = Pattern.compile("(?:^|\\s)@([^\\s@\\[\\]]{0,30})$");

    /** $0: the text area, whose typing is watched; $1: this field, which hears the reports and holds the flag. */
    private static final String SCRIPT = """
            const area = $0;
            const field = $1;
            const report = () => {
              const input = area.inputElement;
              if (!input) return;
              const before = input.value.substring(0, input.selectionStart);
              if (/(^|\\s)@[^\\s@\\[\\]]{0,30}$/.test(before) || field.__mentionOpen) {
                field.dispatchEvent(new CustomEvent('mention-query',
                    {detail: {text: input.value, caret: input.selectionStart}}));
              }
            };
            area.addEventListener('input', report);
            area.addEventListener('keydown', e => {
              if (field.__mentionOpen && ['ArrowDown', 'ArrowUp', 'Enter', 'Escape', 'Tab'].includes(e.key)) {
                if (e.key !== 'Tab') e.preventDefault();
                field.dispatchEvent(new CustomEvent('mention-key', {detail: {key: e.key}}));
              }
            });""";

    private final TextArea area = new TextArea();
    private final ListBox<MentionCandidate> matches = new ListBox<>();
    private final Popover popover = new Popover(matches);
    private final Supplier<List<MentionCandidate>> members;
    /** Names the editor shows for members, to store their ids: everyone known when the value was set, and picks. */
    private final Map<String, UUID> known = new HashMap<>();
    private String text = "";
    private int queryStart = -1;
    private int caret = -1;

    /** @param members the current workspace's members, active or not, asked when needed */
    public MentionField(Supplier<List<MentionCandidate>> members) {
        super("");
        this.members = members;
        area.setWidthFull();
        area.addValueChangeListener(e -> updateValue());
        add(area);
        matches.setItemLabelGenerator(candidate -> "@" + candidate.name());
        matches.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                pick(e.getValue());
            }
        });
        matches.getElement().setAttribute("aria-label", getTranslation("mention.members"));
        popover.setTarget(area);
        popover.setOpenOnClick(false);
        popover.setOpenOnFocus(false);
        popover.setOpenOnHover(false);
        popover.setAutofocus(false);
        popover.setPosition(PopoverPosition.BOTTOM_START);
        popover.addOpenedChangeListener(e -> flagOpen(e.isOpened()));
        add(popover);
        getElement().addEventListener("mention-query",
                        e -> suggest(e.getEventData().get("event.detail.text").asString(),
                                e.getEventData().get("event.detail.caret").asInt()))
                .addEventData("event.detail.text").addEventData("event.detail.caret");
        getElement().addEventListener("mention-key", e -> key(e.getEventData().get("event.detail.key").asString()))
                .addEventData("event.detail.key");
        setWidthFull();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        getElement().executeJs(SCRIPT, area.getElement(), getElement());
    }

    /** The editor's text area, to set its label, limits and size. */
    public TextArea textArea() {
        return area;
    }

    @Override
    public void setLabel(String label) {
        area.setLabel(label);
    }

    @Override
    public String getLabel() {
        return area.getLabel();
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        area.setReadOnly(readOnly);
    }

    @Override
    public void setHelperText(String helperText) {
        area.setHelperText(helperText);
    }

    @Override
    protected String generateModelValue() {
        String edited = area.getValue();
        return edited == null || edited.isEmpty() ? "" : Mentions.fromEditor(edited, known);
    }

    @Override
    protected void setPresentationValue(String stored) {
        known.clear();
        List<MentionCandidate> everyone = Mentions.ids(stored).isEmpty() ? List.of() : members.get();
        everyone.forEach(member -> known.putIfAbsent(Mentions.editorName(member.name()), member.id()));
        area.setValue(Mentions.toEditor(stored == null ? "" : stored, id -> everyone.stream()
                .filter(member -> member.id().equals(id)).map(MentionCandidate::name).findFirst(),
                getTranslation("mention.unknown")));
    }

    /**
     * Offers the active members whose name contains what follows the {@code @} before the caret, or closes the
     * list when the caret is not in a mention. What the script calls on every keystroke in a mention.
     *
     * @return the members offered
     */
    public List<MentionCandidate> suggest(String currentText, int caretPosition) {
        text = currentText == null ? "" : currentText;
        caret = Math.clamp(caretPosition, 0, text.length());
        Matcher query = QUERY.matcher(text.substring(0, caret));
        if (isReadOnly() || !query.find()) {
            hide();
            return List.of();
        }
        queryStart = query.start(1) - 1;
        String typed = fold(query.group(1));
        List<MentionCandidate> found = members.get().stream()
                .filter(MentionCandidate::active)
                .filter(member -> fold(member.name()).contains(typed))
                .limit(LIMIT)
                .toList();
        matches.setItems(found);
        if (found.isEmpty()) {
            hide();
        } else {
            matches.setValue(found.getFirst());
            popover.open();
            flagOpen(true);
        }
        return found;
    }

    /** The members offered now. */
    public List<MentionCandidate> offered() {
        return popover.isOpened() ? matches.getListDataView().getItems().toList() : List.of();
    }

    /** Puts {@code member} in place of the {@code @} and what was typed after it, and closes the list. */
    public void pick(MentionCandidate member) {
        if (queryStart < 0 || !offered().contains(member)) {
            return;
        }
        String token = Mentions.editorToken(member.name()) + " ";
        known.put(Mentions.editorName(member.name()), member.id());
        String edited = text.substring(0, queryStart) + token + text.substring(caret);
        int newCaret = queryStart + token.length();
        queryStart = -1;
        hide();
        area.setValue(edited);
        area.getElement().executeJs("const a = $0.inputElement; if (a) { a.focus(); a.setSelectionRange($1, $1); }",
                area.getElement(), newCaret);
    }

    private void key(String key) {
        List<MentionCandidate> shown = offered();
        if (shown.isEmpty()) {
            hide();
            return;
        }
        int at = Math.max(0, shown.indexOf(matches.getValue()));
        switch (key) {
            case "ArrowDown" -> matches.setValue(shown.get((at + 1) % shown.size()));
            case "ArrowUp" -> matches.setValue(shown.get((at - 1 + shown.size()) % shown.size()));
            case "Enter", "Tab" -> pick(shown.get(at));
            default -> hide();
        }
    }

    private void hide() {
        popover.close();
        flagOpen(false);
    }

    /** Tells the script whether the arrow keys, Enter and Escape belong to the list. */
    private void flagOpen(boolean opened) {
        getElement().executeJs("$0.__mentionOpen = $1", getElement(), opened);
    }

    private static String fold(String value) {
        return Normalizer.normalize(value, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    /** The member shown under {@code id}, for callers that render stored notes. */
    public static Optional<String> nameIn(List<MentionCandidate> members, UUID id) {
        return members.stream().filter(member -> member.id().equals(id)).map(MentionCandidate::name).findFirst();
    }
}
