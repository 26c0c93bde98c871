package org.cstoquiz.engine.generate;

/** Members: not generated yet. */
final class MembersGenerator implements AreaGenerator {

    @Override
    public void generate(Context ctx) {
    }
}
