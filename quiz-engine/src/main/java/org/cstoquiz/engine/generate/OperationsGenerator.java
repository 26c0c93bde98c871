package org.cstoquiz.engine.generate;

/** Operations: not generated yet. */
final class OperationsGenerator implements AreaGenerator {

    @Override
    public void generate(Context ctx) {
    }
}
