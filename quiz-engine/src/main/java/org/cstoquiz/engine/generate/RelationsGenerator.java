package org.cstoquiz.engine.generate;

/** Relations: not generated yet. */
final class RelationsGenerator implements AreaGenerator {

    @Override
    public void generate(Context ctx) {
    }
}
