package io.newsroom.edition.client;

import io.newsroom.support.problem.ProblemException;

/**
 * A rendering that did not succeed, with what edition-service knows of it: whether it is over and changed nothing
 * (render-service answered an error — it then guarantees that the previous manifest stays in force — or was never
 * reached), or its outcome is unknown (a timeout or a connection lost after the request was sent: render-service may
 * still be writing the rendition).
 */
public class RenderFailedException extends ProblemException {

    private final boolean over;

    /**
     * @param problem the problem our caller gets
     * @param over    whether the rendering is over and changed nothing (answered with an error, or never reached)
     */
    public RenderFailedException(ProblemException problem, boolean over) {
        super(problem.status(), problem.type(), problem.title(), problem.getMessage(), problem.errors(),
                problem.headers());
        this.over = over;
    }

    /** @return whether the rendering is over and changed nothing; {@code false} when its outcome is unknown */
    public boolean over() {
        return over;
    }
}
