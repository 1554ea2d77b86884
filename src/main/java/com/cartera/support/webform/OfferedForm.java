package com.cartera.support.webform;

import java.util.List;

/**
 * An open form as the public page shows it.
 *
 * @param key        the form's address key
 * @param workspace  the workspace's name, the form's title
 * @param intro      the workspace's text above the form, or null
 * @param categories the categories offered (empty: no category field)
 * @param stamp      the signed time the form was shown, to send back with it
 */
public record OfferedForm(String key, String workspace, String intro, List<FormCategory> categories, String stamp) {

    public OfferedForm {
        categories = List.copyOf(categories);
    }
}
