package org.cstoquiz.engine.generate;

/** Articles: not generated yet. */
final class ArticlesGenerator implements AreaGenerator {

    @Override
    public void generate(Context ctx) {
    }
}
