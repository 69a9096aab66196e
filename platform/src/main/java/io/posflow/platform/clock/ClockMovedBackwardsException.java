package io.posflow.platform.clock;

import io.posflow.platform.problem.ProblemException;
import org.springframework.http.HttpStatus;

import java.time.Instant;

public final class ClockMovedBackwardsException extends ProblemException {

    public ClockMovedBackwardsException(Instant now, Instant requested) {
        super(HttpStatus.CONFLICT, "CLOCK_MOVED_BACKWARDS",
                "The clock only moves forward: it is " + now + ", " + requested + " is earlier.");
    }
}
