package io.posflow.terminal.provider;

import io.posflow.terminal.config.CardSwitchProperties;
import io.posflow.terminal.terminal.CardType;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The card type by BIN (the first six digits of a PAN), from the switch's BIN table (config; the
 * simulation profile loads architecture §5's test BINs).
 */
@Component
public class BinTable {

    private final CardSwitchProperties settings;

    BinTable(CardSwitchProperties settings) {
        this.settings = settings;
    }

    public Optional<CardType> typeOf(String bin) {
        return Optional.ofNullable(settings.binTable().get(bin));
    }
}
