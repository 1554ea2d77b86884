package com.cartera.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;

import com.cartera.customer.EditConflict.Choice;
import com.cartera.customer.EditConflict.FieldChange;
import org.junit.jupiter.api.Test;

class EditConflictTest {

    private static Customer customer(String name, String city, String phone) {
        var customer = new Customer();
        customer.setName(name);
        customer.setCity(city);
        customer.setPhone(phone);
        customer.setLifecycleStage(LifecycleStage.ACTIVE);
        return customer;
    }

    @Test
    void changesToDifferentFieldsAreListedApartAndBothSurviveApplyingMine() {
        Customer base = customer("Bodegas Rioja", "Burgos", null);
        Customer mine = customer("Bodegas Rioja", "Burgos", "600 111 222");
        Customer theirs = customer("Bodegas Rioja", "Logroño", null);
        UUID colleague = UUID.randomUUID();
        theirs.stampChangedBy(colleague);

        EditConflict conflict = EditConflict.between(base, mine, theirs);

        assertThat(conflict.changedBy()).isEqualTo(colleague);
        assertThat(conflict.theirChanges()).containsExactly(new FieldChange(CustomerField.CITY, "Burgos", "Logroño"));
        assertThat(conflict.myChanges()).containsExactly(new FieldChange(CustomerField.PHONE, null, "600 111 222"));
        assertThat(conflict.clashes()).isEmpty();

        Customer merged = conflict.applyMine(Map.of());
        assertThat(merged).isSameAs(theirs);
        assertThat(merged.getCity()).isEqualTo("Logroño");
        assertThat(merged.getPhone()).isEqualTo("600 111 222");
        // What the editor restarts from is the version found, not the merge.
        assertThat(conflict.currentValues().getPhone()).isNull();
        assertThat(conflict.currentValues().getCity()).isEqualTo("Logroño");
    }

    @Test
    void theSameFieldChangedToDifferentValuesIsAClashSettledByTheChoice() {
        Customer base = customer("Bodegas Rioja", "Burgos", null);

        EditConflict keepMine = EditConflict.between(base, customer("Bodegas Rioja", "Haro", null),
                customer("Bodegas Rioja", "Logroño", null));
        assertThat(keepMine.clashes()).containsExactly(CustomerField.CITY);
        assertThat(keepMine.applyMine(Map.of(CustomerField.CITY, Choice.MINE)).getCity()).isEqualTo("Haro");

        EditConflict keepTheirs = EditConflict.between(base, customer("Bodegas Rioja", "Haro", null),
                customer("Bodegas Rioja", "Logroño", null));
        assertThat(keepTheirs.applyMine(Map.of(CustomerField.CITY, Choice.THEIRS)).getCity()).isEqualTo("Logroño");
    }

    @Test
    void aClashWithoutAChoiceIsRefusedAndChangesNothing() {
        Customer theirs = customer("Bodegas Rioja", "Logroño", null);
        EditConflict conflict = EditConflict.between(customer("Bodegas Rioja", "Burgos", null),
                customer("Bodegas Riojanas", "Haro", null), theirs);

        assertThatThrownBy(() -> conflict.applyMine(Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThat(theirs.getName()).isEqualTo("Bodegas Rioja");
        assertThat(theirs.getCity()).isEqualTo("Logroño");
    }

    @Test
    void bothChangingAFieldToTheSameValueIsNoClash() {
        EditConflict conflict = EditConflict.between(customer("Ana", "Burgos", null), customer("Ana", "Haro", null),
                customer("Ana", "Haro", null));

        assertThat(conflict.clashes()).isEmpty();
        assertThat(conflict.myChanges()).extracting(FieldChange::field).containsExactly(CustomerField.CITY);
        assertThat(conflict.applyMine(Map.of()).getCity()).isEqualTo("Haro");
    }

    @Test
    void blankTextAndSurroundingSpacesAreNotChanges() {
        Customer base = customer("Ana", null, null);
        Customer mine = customer("Ana ", "", "  ");

        EditConflict conflict = EditConflict.between(base, mine, customer("Ana", null, null));

        assertThat(conflict.myChanges()).isEmpty();
        assertThat(conflict.theirChanges()).isEmpty();
    }

    @Test
    void theStartingValuesAreACopyUntouchedByLaterEdits() {
        Customer loaded = customer("Ana", "Burgos", null);
        loaded.setLifecycleStage(LifecycleStage.PROSPECT);

        Customer values = EditConflict.valuesOf(loaded);
        loaded.setCity("Soria");
        loaded.setLifecycleStage(LifecycleStage.ACTIVE);

        assertThat(values.getCity()).isEqualTo("Burgos");
        assertThat(values.getLifecycleStage()).isEqualTo(LifecycleStage.PROSPECT);
        assertThat(values.getId()).isNull();
    }
}
