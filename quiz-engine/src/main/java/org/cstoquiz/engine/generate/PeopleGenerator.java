package org.cstoquiz.engine.generate;

/** People: not generated yet. */
final class PeopleGenerator implements AreaGenerator {

    @Override
    public void generate(Context ctx) {
    }
}
