"""Serial counter devices: LED displays, call keypads, rating pads, over configurable line protocols.

from devices.serial import open_counter_devices
devices = open_counter_devices(settings.serial_devices, actions=app.queue, on_rating=..., on_state=...)
"""

from devices.serial.counter_devices import CounterDevices, CounterDisplay, DeviceState, open_counter_devices
from devices.serial.drivers import DeviceInput, Driver, KeypadAction, KeyPress, LineDriver, LineProtocol, RatingPress
from devices.serial.keypad_bridge import CounterActions, KeypadBridge, KeypadOutcome, RatingListener
from devices.serial.link import LinkState, SerialLink
from devices.serial.ports import available_ports, open_port, replug_sim, sim_pipe
from devices.serial.registry import driver_names, make_driver, register_driver
from devices.serial.simulator import DeviceSimulator, FdChannel

__all__ = [
    "CounterActions",
    "CounterDevices",
    "CounterDisplay",
    "DeviceInput",
    "DeviceSimulator",
    "DeviceState",
    "Driver",
    "FdChannel",
    "KeyPress",
    "KeypadAction",
    "KeypadBridge",
    "KeypadOutcome",
    "LineDriver",
    "LineProtocol",
    "LinkState",
    "RatingListener",
    "RatingPress",
    "SerialLink",
    "available_ports",
    "driver_names",
    "make_driver",
    "open_counter_devices",
    "open_port",
    "register_driver",
    "replug_sim",
    "sim_pipe",
]
