package com.cartera.customer;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a saved view's definition as JSON. Its own mapper, not the application's, so that the stored form
 * does not change with web settings; unknown properties are ignored so that views saved by an older
 * version still open.
 */
@Converter
class SavedViewDefinitionConverter implements AttributeConverter<SavedViewDefinition, String> {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @Override
    public String convertToDatabaseColumn(SavedViewDefinition definition) {
        return JSON.writeValueAsString(definition);
    }

    @Override
    public SavedViewDefinition convertToEntityAttribute(String json) {
        return JSON.readValue(json, SavedViewDefinition.class);
    }
}
