package org.cstoquiz.engine.generate;

/** Organs: not generated yet. */
final class OrgansGenerator implements AreaGenerator {

    @Override
    public void generate(Context ctx) {
    }
}
