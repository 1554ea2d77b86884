/**
 * Input a service refused: what every module's "refused, nothing saved" exception carries so a screen can put the
 * message on the field at fault.
 */
@NamedInterface("input")
package com.cartera.base.input;

import org.springframework.modulith.NamedInterface;
