package io.posflow.terminal.domain.terminal;

import java.util.Map;
import java.util.Optional;

/**
 * The card type by BIN (the first six digits of a PAN), from the switch's BIN table (config; the simulation profile
 * loads architecture §5's test BINs). A BIN not listed keeps the device's word.
 */
public record BinTable(Map<String, CardType> types) {

    public BinTable {
        types = types == null ? Map.of() : Map.copyOf(types);
    }

    public Optional<CardType> typeOf(String bin) {
        return Optional.ofNullable(types.get(bin));
    }
}
