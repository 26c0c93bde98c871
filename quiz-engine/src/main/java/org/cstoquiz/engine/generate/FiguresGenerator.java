package org.cstoquiz.engine.generate;

/** Figures: not generated yet. */
final class FiguresGenerator implements AreaGenerator {

    @Override
    public void generate(Context ctx) {
    }
}
