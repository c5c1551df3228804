package cnnlab.engine.training;

import cnnlab.engine.ClassicNetworks;
import cnnlab.engine.Network;

/** Networks the training tests share. */
final class ModelFixtures {
    private ModelFixtures() {
    }

    /** {@link ClassicNetworks#tinyCnn}, the network the lessons train on the shapes. */
    static Network tinyCnn(int size, int classes) {
        return ClassicNetworks.tinyCnn(size, classes);
    }
}
