package cnnlab.ui.network;

import cnnlab.engine.ClassicNetworks;
import cnnlab.lesson.NetworkPreset;
import cnnlab.lesson.NetworkStep;
import cnnlab.ui.i18n.Messages;
import java.util.ArrayList;
import java.util.List;

/** The networks the builder offers: a lesson's own presets first, then the classic ones. */
public final class NetworkPresets {
    private NetworkPresets() {
    }

    /** LeNet-5, AlexNet, VGG-16 and the Keras MNIST example. */
    public static List<NetworkPreset> classic() {
        return List.of(new NetworkPreset("LeNet-5", ClassicNetworks.leNet5()),
                new NetworkPreset("AlexNet", ClassicNetworks.alexNet()),
                new NetworkPreset("VGG-16", ClassicNetworks.vgg16()),
                new NetworkPreset("Keras MNIST", ClassicNetworks.kerasMnist()));
    }

    /** The lesson's presets, then every classic one whose name the lesson does not use. */
    public static List<NetworkPreset> withClassics(List<NetworkPreset> lesson) {
        List<NetworkPreset> all = new ArrayList<>(lesson == null ? List.of() : lesson);
        for (NetworkPreset preset : classic()) {
            if (all.stream().noneMatch(p -> p.name().equals(preset.name()))) {
                all.add(preset);
            }
        }
        return all;
    }

    /** The builder of an editable network step. */
    public static NetworkBuilderViewModel builderOf(NetworkStep step, Messages messages) {
        return new NetworkBuilderViewModel(step.network(), withClassics(step.presets()), messages);
    }

    /** A builder on its own, opened from the window's header: the Keras MNIST example and the classics. */
    public static NetworkBuilderViewModel standalone(Messages messages) {
        return new NetworkBuilderViewModel(ClassicNetworks.kerasMnist(), classic(), messages);
    }
}
